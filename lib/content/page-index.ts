import { cachedRead, cacheTags } from '../server/cache'
import { getPayloadClient } from '../server/payload'
import { readMode } from './read-mode'

/** Collections whose published documents each have a page at their slug. */
type PageCollection = 'exercises' | 'routines' | 'locations' | 'instructors' | 'classes'

/** Slugs of every published document of a collection, for static generation. */
export async function listPageSlugs(collection: PageCollection): Promise<string[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({ collection, ...readMode(), pagination: false, limit: 5000, depth: 0, select: { slug: true } })
  return docs.map((doc) => (doc as { slug?: string | null }).slug).filter((slug): slug is string => Boolean(slug))
}

export type PageIndexEntry = { slug: string; updatedAt: string }

/** Slug and last change of every published document of a collection, in one light query, for the sitemap. */
export async function listPageIndex(collection: PageCollection): Promise<PageIndexEntry[]> {
  return cachedRead([collection, 'index'], [cacheTags.collection(collection)], async () => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection,
      ...readMode(),
      pagination: false,
      limit: 0,
      depth: 0,
      select: { slug: true, updatedAt: true },
    })
    return docs.flatMap((doc) => {
      const { slug, updatedAt } = doc as { slug?: string | null; updatedAt: string }
      return slug ? [{ slug, updatedAt }] : []
    })
  })
}
