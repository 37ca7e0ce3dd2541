import type { MetadataRoute } from 'next'

import { absoluteUrl } from '../server/site-url'

/**
 * Search engines take at most 50,000 URLs per sitemap file; we split well before that, at
 * 5,000, so that each part stays small and quick to build after a publish.
 */
export const SITEMAP_PART_SIZE = 5000

type SitemapEntry = MetadataRoute.Sitemap[number]

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (character) => XML_ESCAPES[character]!)
const isoDate = (date: SitemapEntry['lastModified']) => (date ? new Date(date).toISOString() : null)

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'

export function urlsetXml(entries: MetadataRoute.Sitemap): string {
  const urls = entries.map((entry) => {
    const lastmod = isoDate(entry.lastModified)
    return `<url>\n<loc>${escapeXml(entry.url)}</loc>\n${lastmod ? `<lastmod>${lastmod}</lastmod>\n` : ''}</url>`
  })
  return `${XML_HEAD}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`
}

export const sitemapPartPath = (part: number) => `/sitemap/${part}.xml`

/** How many part files the entries take (1 means /sitemap.xml is the whole sitemap). */
export const sitemapPartCount = (entries: MetadataRoute.Sitemap) => Math.max(1, Math.ceil(entries.length / SITEMAP_PART_SIZE))

export function sitemapPart(entries: MetadataRoute.Sitemap, part: number): MetadataRoute.Sitemap | null {
  if (!Number.isInteger(part) || part < 0 || part >= sitemapPartCount(entries)) return null
  return entries.slice(part * SITEMAP_PART_SIZE, (part + 1) * SITEMAP_PART_SIZE)
}

/** The sitemap index: one <sitemap> per part, its lastmod the newest of its entries. */
export function sitemapIndexXml(entries: MetadataRoute.Sitemap): string {
  const parts = Array.from({ length: sitemapPartCount(entries) }, (_, part) => {
    const times = sitemapPart(entries, part)!.flatMap((entry) => (entry.lastModified ? [new Date(entry.lastModified).getTime()] : []))
    const lastmod = times.length ? `<lastmod>${new Date(Math.max(...times)).toISOString()}</lastmod>\n` : ''
    return `<sitemap>\n<loc>${escapeXml(absoluteUrl(sitemapPartPath(part)))}</loc>\n${lastmod}</sitemap>`
  })
  return `${XML_HEAD}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${parts.join('\n')}\n</sitemapindex>\n`
}

export function xmlResponse(xml: string): Response {
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
