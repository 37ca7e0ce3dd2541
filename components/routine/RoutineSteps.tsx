import Link from 'next/link'

import { SiteImage } from '@/components/ui/SiteImage'
import type { RoutineStepView } from '@/lib/content/routines'
import { breathLines, describeStep } from '@/lib/model/routine-timing'
import { routes } from '@/lib/model/routes'

/**
 * The whole routine as a numbered list, readable without JavaScript and on paper:
 * each step's picture, dose, cue and breath, with a link to the full exercise.
 */
export function RoutineSteps({ steps }: { steps: RoutineStepView[] }) {
  return (
    <ol className="space-y-6 [counter-reset:step]" aria-label="Steps">
      {steps.map((step, index) => (
        <li
          key={`${index}-${step.exerciseSlug}`}
          id={`step-${index + 1}`}
          className="print-avoid-break relative grid gap-4 rounded-2xl bg-white p-5 ring-1 ring-sand-200 [counter-increment:step] sm:grid-cols-[8rem_1fr] print:ring-0 print:p-0"
        >
          <div className="relative h-32 w-full overflow-hidden rounded-xl bg-sand-100 sm:w-32 print:h-24 print:w-24">
            {step.image ? <SiteImage image={step.image} sizes="(min-width: 640px) 128px, 100vw" decorative /> : null}
            <span
              aria-hidden="true"
              className="absolute left-2 top-2 flex h-9 w-9 items-center justify-center rounded-full bg-moss-light font-serif text-lg text-moss before:content-[counter(step)]"
            />
          </div>
          <div>
            <h3 className="font-serif text-2xl leading-snug text-ink">
              <span className="sr-only">Step {index + 1}: </span>
              <Link href={routes.exercise(step.exerciseSlug)} className="hover:underline underline-offset-4">
                {step.exerciseName}
              </Link>
            </h3>
            <p className="mt-1 font-semibold text-clay-dark">{describeStep(step)}</p>
            {step.cue ? <p className="mt-3 leading-relaxed">{step.cue}</p> : null}
            {breathLines(step).length ? (
              <p className="mt-2 text-ink-muted">
                <span className="font-semibold text-ink">Breath: </span>
                {breathLines(step).join(' · ')}
              </p>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  )
}
