import type { Exercise } from '@/payload-types'

import { cachedRead, cacheTags } from '../server/cache'
import { readMode, type ReadOptions } from './read-mode'
import { mediaSelect } from './media'
import { getPayloadClient } from '../server/payload'
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

export type ExerciseCardData = Pick<
  Exercise,
  'id' | 'name' | 'slug' | 'summary' | 'level' | 'position' | 'durationMinutes' | 'bodyAreas' | 'equipment' | 'images'
>

const LIST_TAGS = [cacheTags.collection('exercises'), cacheTags.collection('media')]

/** What the library's filters and counts need of every exercise: no text, no images. */
const facetSelect = { name: true, bodyAreas: true, equipment: true, level: true, position: true, durationMinutes: true } as const

export type ExerciseFacetData = Pick<Exercise, 'id' | 'name' | 'bodyAreas' | 'equipment' | 'level' | 'position' | 'durationMinutes'>

/**
 * Every published exercise, by name, with just the fields the filters look at, in one
 * query. The library filters and counts these in memory (lib/content/exercise-filters.ts)
 * and then reads full cards for the one page it shows (`listExerciseCardsByIds`), so a
 * library of a thousand exercises costs a thousand small rows, not a thousand cards.
 */
export async function listExerciseFacetData(): Promise<ExerciseFacetData[]> {
  return cachedRead(['exercises', 'facets'], [cacheTags.collection('exercises')], async () => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'exercises',
      ...readMode(),
      sort: 'name',
      pagination: false,
      limit: 5000,
      depth: 0,
      select: facetSelect,
    })
    return docs as ExerciseFacetData[]
  })
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
