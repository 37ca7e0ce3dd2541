/**
 * The public origin of the site, for canonical URLs, feeds, sitemaps and structured
 * data. NEXT_PUBLIC_SERVER_URL in production; localhost in development and tests.
 */
export function siteUrl(): string {
  return (process.env.NEXT_PUBLIC_SERVER_URL || 'http://localhost:3000').replace(/\/+$/, '')
}

/** "/blog/hip" -> "https://bthemethod.com/blog/hip"; absolute URLs pass through. */
export function absoluteUrl(path: string): string {
  if (/^https?:\/\//i.test(path)) return path
  return `${siteUrl()}${path.startsWith('/') ? '' : '/'}${path}`
}
