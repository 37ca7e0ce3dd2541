import { sql } from 'drizzle-orm'
import type { Payload } from 'payload'

import type { Exercise } from '@/payload-types'

import { cachedRead, cacheTags } from '../server/cache'
import { readMode, type ReadOptions } from './read-mode'
import { mediaSelect } from './media'
import { getPayloadClient } from '../server/payload'
import { sqlRows } from '../server/sql'
import { listPageIndex, listPageSlugs, type PageIndexEntry } from './page-index'

const cardSelect = {
  name: true,
  slug: true,
  summary: true,
  level: true,
  position: true,
  durationMinutes: true,
  bodyAreas: true,
  equipment: true,
  images: true,
} as const

/** What an exercise's card shows inside an article (an embed or a related exercise). */
export const exerciseEmbedSelect = { name: true, slug: true, summary: true, level: true, durationMinutes: true, images: true, equipment: true } as const

export type ExerciseCardData = Pick<
  Exercise,
  'id' | 'name' | 'slug' | 'summary' | 'level' | 'position' | 'durationMinutes' | 'bodyAreas' | 'equipment' | 'images'
>

const LIST_TAGS = [cacheTags.collection('exercises'), cacheTags.collection('media')]

export type ExerciseFacetData = Pick<Exercise, 'id' | 'name' | 'bodyAreas' | 'equipment' | 'level' | 'position' | 'durationMinutes'>

/**
 * Every published exercise, by name, with just the fields the filters look at, in one
 * statement. The library filters and counts these in memory (lib/content/exercise-filters.ts)
 * and then reads full cards for the one page it shows (`listExerciseCardsByIds`).
 *
 * Hand-written SQL rather than the Local API: at a thousand exercises Payload's per-document
 * work (field hooks, access, select) was most of the page: p50 313 ms, now 85 ms (bench:scale).
 * The `_status` condition is the visitors' rule of `publishedOrLoggedIn`; the library never
 * shows drafts, even in preview (it has no draft option, like before).
 */
export function listExerciseFacetData(): Promise<ExerciseFacetData[]> {
  return cachedRead(['exercises', 'facets'], [cacheTags.collection('exercises')], async () =>
    readPublishedExerciseFacets(await getPayloadClient()),
  )
}

/** The statement behind `listExerciseFacetData`, uncached (tests hold it to the Local API's answer). */
export function readPublishedExerciseFacets(payload: Payload): Promise<ExerciseFacetData[]> {
  return sqlRows<ExerciseFacetData>(
    payload,
    sql`SELECT e.id, e.name, e.level::text AS level, e.position::text AS position,
          e.duration_minutes::float8 AS "durationMinutes",
          ARRAY(SELECT a.value::text FROM exercises_body_areas a WHERE a.parent_id = e.id ORDER BY a."order") AS "bodyAreas",
          ARRAY(SELECT q.value::text FROM exercises_equipment q WHERE q.parent_id = e.id ORDER BY q."order") AS equipment
        FROM exercises e
        WHERE e._status = 'published'
        ORDER BY e.name, e.id`,
  )
}

/** The cards of these exercises, in the order given, in one query (images included). */
export async function listExerciseCardsByIds(ids: number[]): Promise<ExerciseCardData[]> {
  if (ids.length === 0) return []
  return cachedRead(['exercises', 'cards', ids.join(',')], LIST_TAGS, async () => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'exercises',
      ...readMode(),
      where: { id: { in: ids } },
      pagination: false,
      limit: ids.length,
      depth: 1,
      select: cardSelect,
      populate: { media: mediaSelect },
    })
    const byId = new Map(docs.map((doc) => [doc.id, doc as ExerciseCardData]))
    return ids.flatMap((id) => byId.get(id) ?? [])
  })
}

export type ExerciseDetail = Exercise

/** One exercise with its images, video and related article ids. Null when not visible. */
export async function getExerciseBySlug(slug: string, options: ReadOptions = {}): Promise<ExerciseDetail | null> {
  return cachedRead(
    ['exercises', 'slug', slug],
    [cacheTags.doc('exercises', slug), cacheTags.collection('media')],
    async () => {
      const payload = await getPayloadClient()
      const { docs } = await payload.find({
        collection: 'exercises',
        ...readMode(options),
        where: { slug: { equals: slug } },
        limit: 1,
        pagination: false,
        depth: 1,
        populate: { media: mediaSelect, articles: { slug: true } },
      })
      return docs[0] ?? null
    },
    options,
  )
}

/** For static generation and the sitemap (lib/content/page-index.ts). */
export const listExerciseSlugs = () => listPageSlugs('exercises')
export type ExerciseIndexEntry = PageIndexEntry
export const listExerciseIndex = () => listPageIndex('exercises')
