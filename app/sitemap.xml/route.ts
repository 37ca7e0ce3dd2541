import { getSitemap } from '@/lib/seo/sitemap'
import { sitemapIndexXml, sitemapPartCount, urlsetXml, xmlResponse } from '@/lib/seo/sitemap-xml'

// Built once and kept until a publish expires the cache tags of the reads behind it.
export const dynamic = 'force-static'

/** /sitemap.xml: every published page with its last change, or past 5,000 URLs the index of the parts. */
export async function GET(): Promise<Response> {
  const entries = await getSitemap()
  return xmlResponse(sitemapPartCount(entries) > 1 ? sitemapIndexXml(entries) : urlsetXml(entries))
}
