import { feedResponse } from '@/lib/seo/feed'

// Rendered once and kept like the pages; the publish hooks expire its data's cache tags.
export const dynamic = 'force-static'

/** /blog/atom.xml: the same feed as /blog/rss.xml, for readers that prefer Atom 1.0. */
export function GET(): Promise<Response> {
  return feedResponse('atom')
}
