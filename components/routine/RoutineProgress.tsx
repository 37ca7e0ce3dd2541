import { useId } from 'react'

import { formatDuration, spokenDuration } from '@/lib/model/routine-timing'

/** How far through the whole routine the visitor is, as a bar and in words. */
export function RoutineProgress({ elapsed, total }: { elapsed: number; total: number }) {
  const labelId = useId()
  const done = Math.min(elapsed, total)
  const percent = total > 0 ? (done / total) * 100 : 0
  return (
    <div>
      <div className="flex items-baseline justify-between gap-4 text-sm text-ink-muted">
        <span id={labelId}>Routine progress</span>
        <span>{formatDuration(total - done)} to go</span>
      </div>
      <div
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={`${spokenDuration(done)} of ${spokenDuration(total)}`}
        className="mt-2 h-2 overflow-hidden rounded-full bg-sand-200"
      >
        <div
          className="h-full rounded-full bg-moss motion-safe:transition-[width] motion-safe:duration-1000 motion-safe:ease-linear"
          style={{ width: `${percent}%` }}
        />
      </div>
    </div>
  )
}
