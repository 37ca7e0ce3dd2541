/**
 * One spelling per address, so "/Blog/hip/?utm=x" and "/blog/hip" match: no query or
 * fragment, no trailing slash (except the home page), percent-escapes decoded.
 */
export function normalizeSitePath(input: string): string {
  let path = input.trim().replace(/[?#].*$/, '')
  try {
    path = decodeURI(path)
  } catch {
    // Keep malformed escapes as typed.
  }
  path = `/${path.replace(/^\/+/, '')}`.replace(/\/{2,}/g, '/')
  return path.length > 1 ? path.replace(/\/+$/, '') : path
}

/** The address a catch-all route was asked for, "/a/b" from ["a", "b"]; null when an escape is broken ("%E0%A4%A"). */
export function decodePathSegments(segments: string[]): string | null {
  try {
    return `/${segments.map((segment) => decodeURIComponent(segment)).join('/')}`
  } catch {
    return null
  }
}
