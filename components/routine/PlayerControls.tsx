import type { Ref } from 'react'

import { buttonStyles } from './buttons'

type Props = {
  paused: boolean
  onToggle: () => void
  onPrevious: () => void
  onNext: () => void
  onStop: () => void
  /** The pause button: where focus goes when the routine starts. */
  toggleRef: Ref<HTMLButtonElement>
}

export function PlayerControls({ paused, onToggle, onPrevious, onNext, onStop, toggleRef }: Props) {
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" onClick={onPrevious} className={buttonStyles.secondary}>
          <span aria-hidden="true">←</span>
          Previous
        </button>
        <button type="button" ref={toggleRef} onClick={onToggle} className={`${buttonStyles.primary} min-w-32`}>
          {paused ? 'Resume' : 'Pause'}
        </button>
        <button type="button" onClick={onNext} className={buttonStyles.secondary}>
          Next
          <span aria-hidden="true">→</span>
        </button>
        <button type="button" onClick={onStop} className={buttonStyles.quiet}>
          Stop
        </button>
      </div>
      <p className="text-xs text-ink-muted">
        On a keyboard: Space pauses and resumes, the left and right arrows move between parts.
      </p>
    </div>
  )
}
