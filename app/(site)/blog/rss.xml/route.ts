import { getBlogRss } from '@/lib/feed'

// Rendered once and kept like the pages; the publish hooks expire its data's cache tags.
export const dynamic = 'force-static'

/** /blog/rss.xml: the journal's latest articles for feed readers. */
export async function GET(): Promise<Response> {
  return new Response(await getBlogRss(), { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } })
}
