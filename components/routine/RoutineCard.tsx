import { Card } from '@/components/ui/Card'
import { levelAndAreas } from '@/components/ui/card-badges'
import { CardGrid } from '@/components/ui/CardGrid'
import { EmbedCard } from '@/components/ui/EmbedCard'
import { decorativeImage } from '@/lib/content/media'
import type { RoutineCardData } from '@/lib/content/routines'
import { formatDuration } from '@/lib/model/routine-timing'
import { routes } from '@/lib/model/routes'
import { labelOf, LEVELS } from '@/lib/model/taxonomy'

/** "About 10 min": a routine's length as a card shows it, rounded to the minute. */
export function routineLength(totalSeconds: number | null | undefined): string {
  const minutes = Math.max(1, Math.round((totalSeconds ?? 0) / 60))
  return `About ${formatDuration(minutes * 60)}`
}

export function RoutineCard({ routine, headingLevel }: { routine: RoutineCardData; headingLevel?: 'h2' | 'h3' }) {
  return (
    <Card
      href={routes.routine(routine.slug)}
      title={routine.title}
      headingLevel={headingLevel}
      image={decorativeImage(routine.heroImage)}
      badges={levelAndAreas(routine)}
      footer={routineLength(routine.totalSeconds)}
    >
      {routine.summary}
    </Card>
  )
}

export function RoutineGrid({ routines, headingLevel }: { routines: RoutineCardData[]; headingLevel?: 'h2' | 'h3' }) {
  return (
    <CardGrid items={routines}>{(routine) => <RoutineCard routine={routine} headingLevel={headingLevel} />}</CardGrid>
  )
}

export type EmbeddedRoutine = Pick<RoutineCardData, 'title' | 'slug' | 'summary' | 'level' | 'totalSeconds' | 'heroImage'>

/** A routine inside an article: a compact card that leads to the follow-along page. */
export function RoutineEmbedCard({ routine, note }: { routine: EmbeddedRoutine; note?: string | null }) {
  return (
    <EmbedCard
      label={`Routine: ${routine.title}`}
      kicker="Follow along at home"
      title={routine.title}
      href={routes.routine(routine.slug)}
      meta={[labelOf(LEVELS, routine.level), routineLength(routine.totalSeconds)].join(' · ')}
      text={note || routine.summary}
      image={decorativeImage(routine.heroImage)}
      tone="moss"
    />
  )
}
