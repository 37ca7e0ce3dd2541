import { feedResponse } from '@/lib/seo/feed'

// Rendered once and kept like the pages; the publish hooks expire its data's cache tags.
export const dynamic = 'force-static'

/** /blog/rss.xml: the journal's latest articles for feed readers (RSS 2.0). */
export function GET(): Promise<Response> {
  return feedResponse('rss')
}
