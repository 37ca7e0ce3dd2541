import { EmbedCard } from '@/components/ui/EmbedCard'
import { formatMinutes } from '@/lib/model/format'
import { decorativeImage } from '@/lib/content/media'
import { routes } from '@/lib/model/routes'
import { labelOf, LEVELS } from '@/lib/model/taxonomy'

export type EmbeddedExercise = {
  name: string
  slug: string
  summary?: string | null
  level?: string | null
  durationMinutes?: number | null
  images?: unknown[] | null
}

/** An exercise inside an article: a compact card that links to the full instructions. */
export function ExerciseEmbedCard({ exercise, note }: { exercise: EmbeddedExercise; note?: string | null }) {
  return (
    <EmbedCard
      label={`Exercise: ${exercise.name}`}
      kicker="Try this exercise"
      title={exercise.name}
      href={routes.exercise(exercise.slug)}
      meta={[labelOf(LEVELS, exercise.level), exercise.durationMinutes ? formatMinutes(exercise.durationMinutes) : null].filter(Boolean).join(' · ')}
      text={note || exercise.summary}
      image={decorativeImage(exercise.images?.[0])}
      tone="white"
    />
  )
}
