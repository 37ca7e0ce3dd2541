/**
 * Faceted filters for a listing: parsed from and written to the URL query, applied in
 * memory, with a count per value. The exercise library and the routines use one each.
 * Pure functions: shared by pages, components and tests.
 */
import { requestedPage, withPage } from './pagination'

export type FacetOption = { value: string; label: string }

export type FacetGroup<Item, Key extends string> = {
  key: Key
  label: string
  options: readonly FacetOption[]
  /** The values an item has in this group (several for body areas, one for level). */
  valuesOf: (item: Item) => readonly string[]
}

export type Filters<Key extends string> = Record<Key, string[]>
export type Counts<Key extends string> = Record<Key, Record<string, number>>
export type SearchParams = Record<string, string | string[] | undefined>

/** URLSearchParams as the record pages get from Next (repeated keys become arrays). */
export function queryRecord(search: URLSearchParams): SearchParams {
  const record: SearchParams = {}
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key)
    record[key] = values.length === 1 ? values[0] : values
  }
  return record
}

/**
 * How much of a filtered listing is kept in the full-route cache (proxy.ts): at most this
 * many chosen values and pages, so that no crawler can fill the cache while the usual
 * picks are all covered. Anything rarer renders per request.
 */
export type CacheLimits = { values: number; pages: number }

/**
 * The search params of a cached twin page (its path segment holds the listing's query), or
 * null when the segment is not the canonical query `cacheable` makes: not a page of ours.
 */
export function twinSearchParams(segment: string, cacheable: (search: URLSearchParams) => string | null): SearchParams | null {
  let search: URLSearchParams
  try {
    search = new URLSearchParams(decodeURIComponent(segment))
  } catch {
    return null
  }
  const canonical = cacheable(search)
  return canonical && canonical === search.toString() ? queryRecord(search) : null
}

export function defineFacets<Item, Key extends string>(groups: readonly FacetGroup<Item, Key>[]) {
  /** Reads ?area=hips&area=core&level=beginner ..., keeping only known values. */
  function parse(params: SearchParams): Filters<Key> {
    const filters = {} as Filters<Key>
    for (const group of groups) {
      const raw = params[group.key]
      const values = (Array.isArray(raw) ? raw : raw ? [raw] : []).flatMap((value) => value.split(','))
      const known = new Set<string>(group.options.map((option) => option.value))
      filters[group.key] = [...new Set(values.filter((value) => known.has(value)))]
    }
    return filters
  }

  /** The query string for a set of filters, in a stable order (shareable, cache-friendly). */
  function toQuery(filters: Partial<Filters<Key>>): string {
    const params = new URLSearchParams()
    for (const group of groups) {
      for (const value of [...(filters[group.key] ?? [])].sort()) params.append(group.key, value)
    }
    const query = params.toString()
    return query ? `?${query}` : ''
  }

  /** Within a group values widen (OR); across groups they narrow (AND). */
  function matches(item: Item, filters: Filters<Key>, except?: Key): boolean {
    return groups.every((group) => {
      if (group.key === except || filters[group.key].length === 0) return true
      const values = group.valuesOf(item)
      return filters[group.key].some((wanted) => values.includes(wanted))
    })
  }

  /**
   * The items that match, and for every filter value how many would match if it were
   * chosen too (counted with the other groups applied, the usual faceted search).
   */
  function apply<T extends Item>(items: T[], filters: Filters<Key>): { results: T[]; counts: Counts<Key> } {
    const counts = {} as Counts<Key>
    for (const group of groups) {
      const perValue: Record<string, number> = Object.fromEntries(group.options.map((option) => [option.value, 0]))
      for (const item of items) {
        if (!matches(item, filters, group.key)) continue
        for (const value of group.valuesOf(item)) if (value in perValue) perValue[value]++
      }
      counts[group.key] = perValue
    }
    return { results: items.filter((item) => matches(item, filters)), counts }
  }

  const hasActive = (filters: Filters<Key>) => groups.some((group) => filters[group.key].length > 0)

  /**
   * The canonical query of a listing URL we cache ("area=hips&level=beginner": known values
   * only, in a stable order, with the page; "" for the first page without filters), or null
   * when it has more values or pages than `limits` keep.
   */
  function cacheableQuery(search: URLSearchParams, limits: CacheLimits): string | null {
    const params = queryRecord(search)
    const filters = parse(params)
    const chosen = groups.reduce((sum, group) => sum + filters[group.key].length, 0)
    const page = requestedPage(params.page)
    if (chosen > limits.values || page > limits.pages) return null
    return withPage(toQuery(filters), page).replace(/^\?/, '')
  }

  return { groups, parse, toQuery, apply, hasActive, cacheableQuery }
}
