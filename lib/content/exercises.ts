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

/**
 * Every published exercise as a card, in one query. The library filters these in
 * memory (lib/content/exercise-filters.ts): a studio's library is a few hundred at most.
 */
export async function listExerciseCards(): Promise<ExerciseCardData[]> {
  return cachedRead(['exercises', 'cards'], LIST_TAGS, async () => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'exercises',
      ...readMode(),
      sort: 'name',
      pagination: false,
      limit: 1000,
      depth: 1,
      select: cardSelect,
      populate: { media: mediaSelect },
    })
    return docs as ExerciseCardData[]
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
