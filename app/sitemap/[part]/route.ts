import { getSitemap } from '@/lib/seo/sitemap'
import { sitemapPart, urlsetXml, xmlResponse } from '@/lib/seo/sitemap-xml'

export const dynamic = 'force-static'

/** /sitemap/<n>.xml: one part of a sitemap too long for one file (listed by /sitemap.xml). */
export async function GET(_request: Request, { params }: { params: Promise<{ part: string }> }): Promise<Response> {
  const match = /^(\d{1,4})\.xml$/.exec((await params).part)
  const part = match ? sitemapPart(await getSitemap(), Number(match[1])) : null
  if (!part) return new Response('No such sitemap part.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  return xmlResponse(urlsetXml(part))
}
