import Link from 'next/link'

import { SiteImage } from '@/components/ui/SiteImage'
import { formatMinutes } from '@/lib/model/format'
import { toSiteImage } from '@/lib/content/media'
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
  const image = toSiteImage(exercise.images?.[0], 'card')
  return (
    <aside aria-label={`Exercise: ${exercise.name}`} className="not-prose my-8 flex gap-5 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-sand-200 sm:p-5">
      {image ? (
        <div className="h-24 w-24 shrink-0 overflow-hidden rounded-xl sm:h-28 sm:w-28">
          <SiteImage image={image} sizes="112px" decorative />
        </div>
      ) : null}
      <div className="min-w-0">
        <p className="m-0 text-xs font-bold uppercase tracking-wider text-moss">Try this exercise</p>
        <p className="m-0 mt-1 font-serif text-xl leading-snug">
          <Link href={routes.exercise(exercise.slug)} className="text-ink no-underline hover:underline">
            {exercise.name}
          </Link>
        </p>
        <p className="m-0 mt-1 text-sm text-ink-muted">
          {[labelOf(LEVELS, exercise.level), exercise.durationMinutes ? formatMinutes(exercise.durationMinutes) : null]
            .filter(Boolean)
            .join(' · ')}
        </p>
        {note || exercise.summary ? <p className="m-0 mt-2 text-sm leading-relaxed text-ink-muted">{note || exercise.summary}</p> : null}
      </div>
    </aside>
  )
}
