import type { Exercise } from '@/payload-types'

import { Badge } from '@/components/ui/Badge'
import { formatMinutes } from '@/lib/model/format'
import { BODY_AREAS, EQUIPMENT, labelOf, LEVELS, MUSCLES, POSITIONS } from '@/lib/model/taxonomy'

/** "10 reps · each side · 2 sets" or "Hold 30 s · 3 sets". */
export function describeDose(dose: Exercise['dose']): string {
  if (!dose) return ''
  const amount = dose.mode === 'hold' ? `Hold ${dose.holdSeconds ?? 0} s` : `${dose.reps ?? 0} reps`
  const sets = dose.sets && dose.sets > 1 ? `${dose.sets} sets` : '1 set'
  return [amount, dose.perSide ? 'each side' : null, sets].filter(Boolean).join(' · ')
}

export function ExerciseFacts({ exercise }: { exercise: Exercise }) {
  const facts: [string, string][] = [
    ['Dose', describeDose(exercise.dose)],
    ['Level', labelOf(LEVELS, exercise.level)],
    ['Position', labelOf(POSITIONS, exercise.position)],
    ['Time', formatMinutes(exercise.durationMinutes)],
    ['Equipment', (exercise.equipment ?? []).map((item) => labelOf(EQUIPMENT, item)).join(', ')],
    ['Body areas', (exercise.bodyAreas ?? []).map((area) => labelOf(BODY_AREAS, area)).join(', ')],
  ]
  const primary = (exercise.primaryMuscles ?? []).map((muscle) => labelOf(MUSCLES, muscle))
  return (
    <div className="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-sand-200">
      <dl className="grid grid-cols-2 gap-x-6 gap-y-4 text-sm">
        {facts
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label}>
              <dt className="font-semibold text-ink-muted">{label}</dt>
              <dd className="mt-0.5 text-ink">{value}</dd>
            </div>
          ))}
      </dl>
      {primary.length ? (
        <div className="mt-5 border-t border-sand-200 pt-4">
          <p className="text-sm font-semibold text-ink-muted">Works mainly</p>
          <ul className="mt-2 flex flex-wrap gap-2">
            {primary.map((muscle) => (
              <li key={muscle}>
                <Badge tone="moss">{muscle}</Badge>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  )
}

export function CautionBox({ cautions }: { cautions: string[] }) {
  if (cautions.length === 0) return null
  return (
    <section aria-labelledby="cautions-heading" className="rounded-2xl border-l-4 border-clay bg-[#fbeee7] p-6">
      <h2 id="cautions-heading" className="flex items-center gap-2 font-serif text-2xl text-ink">
        <span aria-hidden="true" className="inline-flex h-7 w-7 items-center justify-center rounded-full bg-clay text-sm font-bold text-sand-50">
          !
        </span>
        Who should skip this
      </h2>
      <ul className="mt-3 list-disc space-y-2 pl-6 text-ink">
        {cautions.map((caution) => (
          <li key={caution}>{caution}</li>
        ))}
      </ul>
      <p className="mt-4 text-sm text-ink-muted">When in doubt, ask your doctor or physiotherapist first. Stop if anything hurts.</p>
    </section>
  )
}
