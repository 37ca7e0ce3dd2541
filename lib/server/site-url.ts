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

/**
 * "https://bthemethod.com/api/media/file/x.jpg" -> "/api/media/file/x.jpg": an address on
 * this site as a path. Payload prefixes upload URLs with its serverURL when
 * NEXT_PUBLIC_SERVER_URL is set, and Next's image optimiser takes our own files by path
 * only (next.config.ts `images.localPatterns`): as absolute URLs every image answered 400.
 * Other origins (a CDN) pass through.
 */
export function sitePath(url: string): string {
  const origin = siteUrl()
  return url.startsWith(`${origin}/`) ? url.slice(origin.length) : url
}

/** http://127.0.0.1:4000 and http://localhost:4000: the same server on this machine. */
function withLoopbackTwin(origin: string): string[] {
  const url = new URL(origin)
  if (url.hostname === '127.0.0.1') return [origin, origin.replace('//127.0.0.1', '//localhost')]
  if (url.hostname === 'localhost') return [origin, origin.replace('//localhost', '//127.0.0.1')]
  return [origin]
}

/**
 * The origins whose pages may act with a signed-in user's cookie (Payload's `csrf`) and
 * read the API from a browser (`cors`): the public site, plus the address the server
 * reaches itself at (INTERNAL_URL, http://127.0.0.1:PORT under `npm run dev` and
 * `npm start`). In development either loopback name works (localhost or 127.0.0.1).
 */
export function trustedOrigins(nodeEnv = process.env.NODE_ENV): string[] {
  const origins = [siteUrl(), process.env.INTERNAL_URL?.trim()]
    .filter((url): url is string => Boolean(url))
    .map((url) => new URL(url).origin)
    .flatMap((origin) => (nodeEnv === 'development' ? withLoopbackTwin(origin) : [origin]))
  return [...new Set(origins)]
}
