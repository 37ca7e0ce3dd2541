/** A gap in a row of page links: pages left out between two shown ones. */
export const GAP = 'gap' as const
export type PageLink = number | typeof GAP

/**
 * The page numbers worth linking from page `page` of `total`: the first, the last and a
 * few around the current one, with gaps between. A row of links stays the same size
 * whether the journal has 3 pages or 3,000. A gap that would hide a single page shows
 * that page instead (a "…" standing for one number saves nothing).
 */
export function pageWindow(page: number, total: number, around = 2): PageLink[] {
  if (total <= 0) return []
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), total)
  const shown = new Set<number>([1, total])
  for (let number = current - around; number <= current + around; number++) if (number >= 1 && number <= total) shown.add(number)
  const sorted = [...shown].sort((a, b) => a - b)
  const links: PageLink[] = []
  sorted.forEach((number, index) => {
    const previous = sorted[index - 1]
    if (previous !== undefined && number - previous === 2) links.push(previous + 1)
    else if (previous !== undefined && number - previous > 2) links.push(GAP)
    links.push(number)
  })
  return links
}

/** The page a `?page=` value asks for: a whole number from 1, anything else is page 1. */
export function requestedPage(raw: string | string[] | undefined): number {
  const value = Array.isArray(raw) ? raw[0] : raw
  return value && /^\d{1,6}$/.test(value) ? Math.max(1, Number(value)) : 1
}

/** One page of a list held in memory; a page past the end shows the last one. */
export function pageOf<T>(items: T[], page: number, perPage: number): { items: T[]; page: number; totalPages: number } {
  const totalPages = Math.max(1, Math.ceil(items.length / perPage))
  const current = Math.min(Math.max(1, page), totalPages)
  return { items: items.slice((current - 1) * perPage, current * perPage), page: current, totalPages }
}

/** A listing's query string (`?a=b` or '') with the page added after page 1. */
export function withPage(query: string, page: number): string {
  if (page <= 1) return query
  return `${query}${query ? '&' : '?'}page=${page}`
}
