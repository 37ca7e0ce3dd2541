/**
 * The public origin of the site, for everything that must be absolute: canonical URLs,
 * structured data, the sitemap, feeds and social images. Crawlers and feed readers see
 * these links outside the page, so a relative path is no use to them.
 */
const FALLBACK_ORIGIN = 'http://localhost:3000'

export function siteUrl(): string {
  const configured = process.env.NEXT_PUBLIC_SERVER_URL?.trim()
  return (configured || FALLBACK_ORIGIN).replace(/\/+$/, '')
}

/** "/blog/x" -> "https://bthemethod.com/blog/x"; absolute URLs (e.g. a CDN image) pass through. */
export function absoluteUrl(path: string): string {
  if (/^https?:\/\//i.test(path)) return path
  return `${siteUrl()}${path.startsWith('/') ? path : `/${path}`}`
}
