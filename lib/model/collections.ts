/** Which collections take part in the site's cross-cutting features. */

/** Documents with a page of their own: old addresses are kept alive and SEO fields edited. */
export const PAGE_COLLECTIONS = ['articles', 'exercises', 'classes', 'locations', 'instructors', 'topics'] as const

/** What the site's search covers, in the order result types are listed. */
export const SEARCHABLE_COLLECTIONS = ['articles', 'exercises', 'classes'] as const

/** Rank ties are broken by type: an article before an exercise before a class. */
export const SEARCH_PRIORITIES: Record<(typeof SEARCHABLE_COLLECTIONS)[number], number> = { articles: 30, exercises: 20, classes: 10 }
