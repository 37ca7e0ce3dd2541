import { notFound } from 'next/navigation'

import { getExerciseBySlug, listExerciseSlugs } from '@/lib/content/exercises'
import { formatMinutes } from '@/lib/model/format'
import { OG_IMAGE_SIZE, OG_IMAGE_TYPE, renderOgCard } from '@/lib/seo/og/card'
import { EXERCISE_CATEGORIES, labelOf, LEVELS } from '@/lib/model/taxonomy'

export const size = OG_IMAGE_SIZE
export const contentType = OG_IMAGE_TYPE
export const alt = 'An exercise from the B The Method library'

type Props = { params: Promise<{ slug: string }> }

/** Drawn once at build (and on first request for newer exercises), then served from the cache until a publish expires it. */
export async function generateStaticParams() {
  return (await listExerciseSlugs()).map((slug) => ({ slug }))
}

/** The exercise's share card: its name, category, level and time. Published exercises only; others are 404. */
export default async function ExerciseOgImage({ params }: Props) {
  const exercise = await getExerciseBySlug((await params).slug)
  if (!exercise) notFound()
  return renderOgCard({
    section: 'Exercise library',
    title: exercise.name,
    labels: [labelOf(EXERCISE_CATEGORIES, exercise.category), labelOf(LEVELS, exercise.level), formatMinutes(exercise.durationMinutes)],
  })
}
