import Image from 'next/image'

import { Badge } from '@/components/ui/Badge'
import type { RoutineStepInput, Segment } from '@/lib/model/routine-timing'
import { breathLines, doseText, formatClock, formatDuration } from '@/lib/model/routine-timing'

type Props = {
  segment: Segment
  step: RoutineStepInput
  stepCount: number
  secondsLeft: number
  paused: boolean
  nextUp: string | null
}

const sideLabel = { left: 'Left side', right: 'Right side' } as const

/** The part of the routine happening now: what to do, for how long, and what to think about. */
export function SegmentView({ segment, step, stepCount, secondsLeft, paused, nextUp }: Props) {
  const rest = segment.kind === 'rest'
  return (
    <div className={`flex flex-col gap-5 rounded-2xl p-6 sm:p-8 ${rest ? 'bg-moss-light' : 'bg-sand-100'}`}>
      <div className="flex flex-wrap gap-2">
        <Badge>
          Step {segment.stepIndex + 1} of {stepCount}
        </Badge>
        {segment.sets > 1 ? (
          <Badge tone="moss">
            Set {segment.set} of {segment.sets}
          </Badge>
        ) : null}
        {segment.side ? <Badge tone="clay">{sideLabel[segment.side]}</Badge> : null}
      </div>

      <div className="flex flex-col gap-6 sm:flex-row sm:items-start sm:justify-between">
        <div className="flex flex-col gap-2">
          <h3 className="font-serif text-3xl leading-tight text-ink sm:text-4xl">{rest ? 'Rest' : step.exerciseName}</h3>
          <p className="text-lg text-ink">{rest ? `Rest for ${formatDuration(segment.seconds)}` : doseText(step)}</p>
        </div>
        <div className="flex flex-col items-start gap-1 sm:items-end">
          <p className="font-serif text-7xl leading-none text-ink tabular-nums sm:text-8xl">
            <span className="sr-only">Time left in this part: </span>
            <span role="timer">{formatClock(secondsLeft)}</span>
          </p>
          <p className="flex items-center gap-2 text-sm font-semibold text-ink-muted">
            {paused ? (
              'Paused'
            ) : (
              <>
                <span aria-hidden="true" className="h-2 w-2 rounded-full bg-moss motion-safe:animate-pulse" />
                Counting down
              </>
            )}
          </p>
        </div>
      </div>

      {rest ? (
        <p className="text-ink-muted">Let your breath settle and your body soften before the next part.</p>
      ) : (
        <WorkCues step={step} />
      )}

      <p className="border-t border-ink/10 pt-4 text-ink">
        <span className="font-semibold">Next up:</span> {nextUp ?? 'the end of the routine'}
      </p>
    </div>
  )
}

function WorkCues({ step }: { step: RoutineStepInput }) {
  const breath = breathLines(step)
  // Media files are served by Payload under /api/media/file/ (next.config.ts); anything else is shown as is.
  const optimised = step.imageUrl?.startsWith('/api/media/file/') ?? false
  return (
    <div className="flex flex-col gap-5 sm:flex-row-reverse sm:items-start">
      {step.imageUrl ? (
        <div className="relative aspect-[4/3] w-full overflow-hidden rounded-xl bg-sand-200 sm:w-56 sm:shrink-0">
          <Image src={step.imageUrl} alt={step.imageAlt ?? ''} fill sizes="(min-width: 640px) 14rem, 100vw" unoptimized={!optimised} className="object-cover" />
        </div>
      ) : null}
      <div className="flex flex-1 flex-col gap-3">
        {step.cue ? <p className="text-lg leading-relaxed text-ink">{step.cue}</p> : null}
        {breath.length ? (
          <ul aria-label="Breath" className="flex flex-col gap-1 text-ink-muted">
            {breath.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  )
}
