import type { Exercise, Routine } from '@/payload-types'

import type { RoutineStepInput } from '../model/routine-timing'
import { cachedRead, cacheTags } from '../server/cache'
import { getPayloadClient } from '../server/payload'
import { mediaSelect, toSiteImage, type SiteImage } from './media'
import { listPageIndex, listPageSlugs, type PageIndexEntry } from './page-index'
import { readMode, type ReadOptions } from './read-mode'

/** What a routine's card shows, in listings and inside articles. */
export const routineEmbedSelect = {
  title: true,
  slug: true,
  summary: true,
  level: true,
  bodyAreas: true,
  totalSeconds: true,
  heroImage: true,
} as const

export type RoutineCardData = Pick<Routine, 'id' | 'title' | 'slug' | 'summary' | 'level' | 'bodyAreas' | 'totalSeconds' | 'heroImage'>

const LIST_TAGS = [cacheTags.collection('routines'), cacheTags.collection('media')]
// A routine's page shows its exercises' names, pictures, cues and breath.
const DETAIL_TAGS = [...LIST_TAGS, cacheTags.collection('exercises')]

/** Every published routine as a card, in one query (a studio has tens, filtered in memory). */
export async function listRoutineCards(): Promise<RoutineCardData[]> {
  return cachedRead(['routines', 'cards'], LIST_TAGS, async () => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'routines',
      ...readMode(),
      sort: 'totalSeconds',
      pagination: false,
      limit: 500,
      depth: 1,
      select: routineEmbedSelect,
      populate: { media: mediaSelect },
    })
    return docs as RoutineCardData[]
  })
}

export type RoutineDetail = Routine

/** One routine with its steps' exercises (name, picture, cues, breath). Null when not visible. */
export async function getRoutineBySlug(slug: string, options: ReadOptions = {}): Promise<RoutineDetail | null> {
  return cachedRead(
    ['routines', 'slug', slug],
    [cacheTags.doc('routines', slug), ...DETAIL_TAGS],
    async () => {
      const payload = await getPayloadClient()
      const { docs } = await payload.find({
        collection: 'routines',
        ...readMode(options),
        where: { slug: { equals: slug } },
        limit: 1,
        pagination: false,
        // 2: each step's exercise brings its first picture along.
        depth: 2,
        populate: {
          media: mediaSelect,
          exercises: { name: true, slug: true, summary: true, images: true, breath: true, cues: true },
        },
      })
      return docs[0] ?? null
    },
    options,
  )
}

/** For static generation and the sitemap (lib/content/page-index.ts). */
export const listRoutineSlugs = () => listPageSlugs('routines')
export type RoutineIndexEntry = PageIndexEntry
export const listRoutineIndex = () => listPageIndex('routines')

type StepExercise = Pick<Exercise, 'name' | 'slug' | 'summary' | 'images' | 'breath' | 'cues'>

/** A step as the page and the player show it: the timing input plus the exercise's picture. */
export type RoutineStepView = RoutineStepInput & { summary: string | null; image: SiteImage | null }

/**
 * The routine's steps with their exercises resolved: the step's cue or else the
 * exercise's first, the exercise's breath and picture. A step whose exercise a visitor
 * cannot see (unpublished since) is left out rather than shown half.
 */
export function routineSteps(routine: Pick<Routine, 'steps'>): RoutineStepView[] {
  return (routine.steps ?? []).flatMap((step) => {
    const exercise = step.exercise as StepExercise | number | null
    if (!exercise || typeof exercise !== 'object' || !exercise.slug) return []
    const image = toSiteImage(exercise.images?.[0], 'card')
    return [
      {
        exerciseName: exercise.name,
        exerciseSlug: exercise.slug,
        mode: step.mode === 'hold' ? 'hold' : 'reps',
        reps: step.reps,
        holdSeconds: step.holdSeconds,
        perSide: Boolean(step.perSide),
        sets: step.sets ?? 1,
        restSeconds: step.restSeconds ?? 0,
        cue: step.cue?.trim() || exercise.cues?.[0]?.cue || null,
        breath: exercise.breath ? { inhale: exercise.breath.inhale, exhale: exercise.breath.exhale } : null,
        imageUrl: image?.src ?? null,
        imageAlt: image?.alt ?? null,
        summary: exercise.summary ?? null,
        image,
      },
    ]
  })
}
