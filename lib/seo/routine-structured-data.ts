import type { HowTo, HowToStep, WithContext } from 'schema-dts'

import type { RoutineStepView } from '../content/routines'
import { describeStep, totalSeconds } from '../model/routine-timing'
import { routes } from '../model/routes'
import { absoluteUrl } from '../server/site-url'
import { imageUrlOf } from './structured-data'

type RoutineFacts = { title: string; slug: string; summary: string; heroImage?: unknown }

/** A routine as schema.org HowTo: its steps in order, each with its dose, and the total time. */
export function routineJsonLd(routine: RoutineFacts, steps: RoutineStepView[]): WithContext<HowTo> {
  const url = absoluteUrl(routes.routine(routine.slug))
  return {
    '@context': 'https://schema.org',
    '@type': 'HowTo',
    name: routine.title,
    description: routine.summary,
    url,
    image: imageUrlOf(routine.heroImage),
    totalTime: `PT${Math.max(1, Math.round(totalSeconds(steps) / 60))}M`,
    step: steps.map(
      (step, index): HowToStep => ({
        '@type': 'HowToStep',
        position: index + 1,
        name: step.exerciseName,
        text: [describeStep(step), step.cue].filter(Boolean).join('. '),
        url: `${url}#step-${index + 1}`,
        image: step.image ? absoluteUrl(step.image.src) : undefined,
      }),
    ),
  }
}
