import { Card } from '@/components/ui/Card'
import { levelAndAreas } from '@/components/ui/card-badges'
import { CardGrid } from '@/components/ui/CardGrid'
import type { ExerciseCardData } from '@/lib/content/exercises'
import { formatMinutes } from '@/lib/model/format'
import { decorativeImage } from '@/lib/content/media'
import { routes } from '@/lib/model/routes'
import { EQUIPMENT, labelOf } from '@/lib/model/taxonomy'

export function ExerciseCard({ exercise, headingLevel }: { exercise: ExerciseCardData; headingLevel?: 'h2' | 'h3' }) {
  return (
    <Card
      href={routes.exercise(exercise.slug)}
      title={exercise.name}
      headingLevel={headingLevel}
      image={decorativeImage(exercise.images?.[0])}
      badges={levelAndAreas(exercise)}
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
