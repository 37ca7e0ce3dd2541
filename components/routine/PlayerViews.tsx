import type { Ref } from 'react'

import type { RoutineStepInput } from '@/lib/model/routine-timing'
import { describeStep, formatDuration } from '@/lib/model/routine-timing'

import { buttonStyles } from './buttons'

type IntroProps = { steps: RoutineStepInput[]; total: number; onStart: () => void; startRef: Ref<HTMLButtonElement> }

/** Before the start: how long it takes, what is in it, and the button to begin. */
export function IntroView({ steps, total, onStart, startRef }: IntroProps) {
  if (steps.length === 0) return <p className="text-ink-muted">This routine has no exercises yet. Please come back soon.</p>
  return (
    <div className="flex flex-col gap-6">
      <p className="text-lg text-ink">
        About <strong className="font-semibold">{formatDuration(total)}</strong> in all, {steps.length === 1 ? 'one exercise' : `${steps.length} exercises`}.
        Find a quiet spot, have your ball to hand, and let the player keep time for you.
      </p>
      <ol className="flex flex-col divide-y divide-sand-200 rounded-2xl bg-sand-100 px-6">
        {steps.map((step, index) => (
          <li key={`${index}-${step.exerciseSlug}`} className="flex flex-col gap-0.5 py-3 sm:flex-row sm:justify-between sm:gap-4">
            <span className="font-semibold text-ink">
              {index + 1}. {step.exerciseName}
            </span>
            <span className="text-sm text-ink-muted">{describeStep(step)}</span>
          </li>
        ))}
      </ol>
      <div>
        <button type="button" ref={startRef} onClick={onStart} className={buttonStyles.primary}>
          Start routine
        </button>
      </div>
    </div>
  )
}

type DoneProps = { total: number; onRestart: () => void; restartRef: Ref<HTMLButtonElement> }

/** After the last part: a kind word and the way back in. */
export function DoneView({ total, onRestart, restartRef }: DoneProps) {
  return (
    <div className="flex flex-col items-start gap-4 rounded-2xl bg-moss-light p-6 sm:p-8">
      <h3 className="font-serif text-3xl text-ink">Well done</h3>
      <p className="text-lg text-ink">
        That was {formatDuration(total)} of mindful movement. Stay with your breath for a moment before you get up.
      </p>
      <button type="button" ref={restartRef} onClick={onRestart} className={buttonStyles.primary}>
        Start again
      </button>
    </div>
  )
}
