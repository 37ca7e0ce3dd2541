/** Which collections take part in the site's cross-cutting features. */

/** Documents with a page of their own: old addresses are kept alive and SEO fields edited. */
export const PAGE_COLLECTIONS = ['articles', 'exercises', 'routines', 'classes', 'locations', 'instructors', 'topics'] as const

/** What the site's search covers, in the order result types are listed. */
export const SEARCHABLE_COLLECTIONS = ['articles', 'exercises', 'routines', 'classes'] as const

/** Rank ties are broken by type: an article before an exercise before a routine before a class. */
export const SEARCH_PRIORITIES: Record<(typeof SEARCHABLE_COLLECTIONS)[number], number> = {
  articles: 30,
  exercises: 20,
  routines: 15,
  classes: 10,
}

/** Pages a navigation link can point at inside the site. */
export const LINKABLE_COLLECTIONS = ['articles', 'exercises', 'routines', 'classes', 'offerings', 'locations', 'instructors', 'topics'] as const
