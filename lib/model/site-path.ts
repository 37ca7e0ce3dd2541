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
