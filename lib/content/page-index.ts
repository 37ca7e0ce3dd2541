import { sql } from 'drizzle-orm'
import type { Payload } from 'payload'

import { cachedRead, cacheTags } from '../server/cache'
import { getPayloadClient } from '../server/payload'
import { isoTimestamp, sqlRows } from '../server/sql'
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

/** Whether visitors see only published documents (the collection has drafts and `publishedOrLoggedIn`). */
const PUBLISHED_ONLY: Record<PageCollection, boolean> = {
  exercises: true,
  routines: true,
  classes: true,
  locations: false,
  instructors: false,
}

/** Slug and last change of every published document of a collection, in one light query, for the sitemap. */
export function listPageIndex(collection: PageCollection): Promise<PageIndexEntry[]> {
  return cachedRead([collection, 'index'], [cacheTags.collection(collection)], async () => readPageIndex(await getPayloadClient(), collection))
}

/**
 * The statement behind `listPageIndex`, uncached. SQL rather than the Local API: the
 * sitemap of a large site lists every document, and Payload's per-document work made a
 * cold sitemap take seconds (tests hold this to the Local API's answer).
 */
export function readPageIndex(payload: Payload, collection: PageCollection): Promise<PageIndexEntry[]> {
  const table = sql.identifier(collection)
  return sqlRows<PageIndexEntry>(
    payload,
    sql`SELECT slug, ${isoTimestamp(sql`updated_at`)} AS "updatedAt" FROM ${table}
        WHERE slug IS NOT NULL AND slug <> '' ${PUBLISHED_ONLY[collection] ? sql`AND _status = 'published'` : sql``}
        ORDER BY created_at DESC, id DESC`,
  )
}
