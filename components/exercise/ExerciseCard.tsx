import { Badge } from '@/components/ui/Badge'
import { Card } from '@/components/ui/Card'
import { CardGrid } from '@/components/ui/CardGrid'
import { SiteImage } from '@/components/ui/SiteImage'
import type { ExerciseCardData } from '@/lib/content/exercises'
import { formatMinutes } from '@/lib/model/format'
import { toSiteImage } from '@/lib/content/media'
import { routes } from '@/lib/model/routes'
import { BODY_AREAS, EQUIPMENT, labelOf, LEVELS } from '@/lib/model/taxonomy'

export function ExerciseCard({ exercise, headingLevel }: { exercise: ExerciseCardData; headingLevel?: 'h2' | 'h3' }) {
  const image = toSiteImage(exercise.images?.[0], 'card')
  return (
    <Card
      href={routes.exercise(exercise.slug)}
      title={exercise.name}
      headingLevel={headingLevel}
      media={image ? <SiteImage image={image} sizes="card" decorative /> : null}
      eyebrow={
        <>
          <Badge tone="moss">{labelOf(LEVELS, exercise.level)}</Badge>
          {(exercise.bodyAreas ?? []).slice(0, 2).map((area) => (
            <Badge key={area}>{labelOf(BODY_AREAS, area)}</Badge>
          ))}
        </>
      }
      footer={
        <>
          {formatMinutes(exercise.durationMinutes)}
          {exercise.equipment?.length ? <span> · {exercise.equipment.map((item) => labelOf(EQUIPMENT, item)).join(', ')}</span> : null}
        </>
      }
    >
      {exercise.summary}
    </Card>
  )
}

export function ExerciseGrid({ exercises, headingLevel }: { exercises: ExerciseCardData[]; headingLevel?: 'h2' | 'h3' }) {
  return (
    <CardGrid items={exercises}>{(exercise) => <ExerciseCard exercise={exercise} headingLevel={headingLevel} />}</CardGrid>
  )
}
