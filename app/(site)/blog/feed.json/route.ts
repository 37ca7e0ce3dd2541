import { feedResponse } from '@/lib/seo/feed'

// Rendered once and kept like the pages; the publish hooks expire its data's cache tags.
export const dynamic = 'force-static'

/** /blog/feed.json: the same feed as /blog/rss.xml, as JSON Feed 1.0. */
export function GET(): Promise<Response> {
  return feedResponse('json')
}
