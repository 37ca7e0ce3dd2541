/** Where each kind of document lives on the site: one map for links, previews and the sitemap. */
export const routes = {
  home: () => '/',
  blog: (page = 1) => (page > 1 ? `/blog/page/${page}` : '/blog'),
  topic: (slug: string, page = 1) => (page > 1 ? `/blog/topic/${slug}/page/${page}` : `/blog/topic/${slug}`),
  article: (slug: string) => `/blog/${slug}`,
  exercises: () => '/exercises',
  exercise: (slug: string) => `/exercises/${slug}`,
  routines: () => '/routines',
  routine: (slug: string) => `/routines/${slug}`,
  studio: () => '/studio',
  location: (slug: string) => `/studio/locations/${slug}`,
  instructor: (slug: string) => `/studio/instructors/${slug}`,
  class: (slug: string) => `/classes/${slug}`,
  offerings: () => '/offerings',
  schedule: (filters: { location?: string | null; level?: string | null; instructor?: string | null } = {}) => {
    const query = new URLSearchParams(Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1])))
    const text = query.toString()
    return text ? `/schedule?${text}` : '/schedule'
  },
  calendar: (locationSlug?: string | null) => (locationSlug ? `/schedule/${locationSlug}.ics` : '/schedule.ics'),
  offering: (slug: string) => `/offerings#${slug}`,
  search: (params: { q?: string; type?: string | null; page?: number } = {}) => {
    const query = new URLSearchParams()
    if (params.q) query.set('q', params.q)
    if (params.type) query.set('type', params.type)
    if (params.page && params.page > 1) query.set('page', String(params.page))
    const text = query.toString()
    return text ? `/search?${text}` : '/search'
  },
  rss: () => '/blog/rss.xml',
  atom: () => '/blog/atom.xml',
  jsonFeed: () => '/blog/feed.json',
  sitemap: () => '/sitemap.xml',
}

const byCollection: Partial<Record<string, (slug: string) => string>> = {
  articles: routes.article,
  exercises: routes.exercise,
  routines: routes.routine,
  topics: (slug) => routes.topic(slug),
  locations: routes.location,
  instructors: routes.instructor,
  classes: routes.class,
  offerings: routes.offering,
}

/** The public path of a document, or null for collections without pages. */
export function pathFor(collection: string, slug: string | null | undefined): string | null {
  const route = byCollection[collection]
  return route && slug ? route(slug) : null
}

/**
 * The twin routes that serve a listing's cached filter pages (proxy.ts rewrites to them).
 * Visitors only ever see the listing's own address.
 */
export const LISTING_TWINS = { '/exercises': '/exercise-library', '/routines': '/routine-library' } as const

/** The address a visitor sees for a path Next renders: on a twin route, its listing's. */
export function visitorPath(pathname: string): string {
  for (const [path, twin] of Object.entries(LISTING_TWINS)) {
    if (pathname === twin || pathname.startsWith(`${twin}/`)) return path
  }
  return pathname
}
