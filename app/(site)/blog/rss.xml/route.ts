import { getBlogRss } from '@/lib/feed'

// Rendered once and kept like the pages; the publish hooks expire its data's cache tags.
export const dynamic = 'force-static'

/** /blog/rss.xml: the journal's latest articles for feed readers. */
export async function GET(): Promise<Response> {
  return new Response(await getBlogRss(), {
    headers: {
      'content-type': 'application/rss+xml; charset=utf-8',
      // Like the pages: Next's cache holds it until a publish; proxies and readers ask again.
      'cache-control': 'public, max-age=0, must-revalidate',
    },
  })
}
