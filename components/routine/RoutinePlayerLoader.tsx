'use client'

import type { ReactNode, RefObject } from 'react'
import { Component, lazy, Suspense, useEffect, useRef, useState } from 'react'

import type { RoutineStepInput } from '@/lib/model/routine-timing'
import { formatDuration, totalSeconds } from '@/lib/model/routine-timing'

import { buttonStyles } from './buttons'

type Props = { title: string; steps: RoutineStepInput[] }

// Fetched only on request: the player's timers, audio and wake-lock code stay out of the page's first load.
const RoutinePlayer = lazy(() => import('@/components/routine/RoutinePlayer').then((module) => ({ default: module.RoutinePlayer })))

/** A button that opens the follow-along player in place, loading it only then. */
export function RoutinePlayerLoader({ title, steps }: Props) {
  const [open, setOpen] = useState(false)
  const playerArea = useRef<HTMLDivElement>(null)

  if (!open) {
    return (
      <div className="flex flex-wrap items-center gap-4 rounded-2xl bg-sand-100 p-6">
        <button type="button" onClick={() => setOpen(true)} className={buttonStyles.primary}>
          Start the follow-along player
        </button>
        {steps.length ? <p className="text-sm text-ink-muted">About {formatDuration(totalSeconds(steps))}, timed for you step by step.</p> : null}
      </div>
    )
  }

  return (
    <div ref={playerArea}>
      <PlayerErrorBoundary>
        <Suspense fallback={<p role="status" className="rounded-2xl bg-sand-100 p-6 text-ink-muted">Getting the player ready…</p>}>
          <RoutinePlayer title={title} steps={steps} />
          <FocusPlayerOnShow area={playerArea} />
        </Suspense>
      </PlayerErrorBoundary>
    </div>
  )
}

/** Mounted together with the player (same Suspense boundary), so it runs once the player is on screen. */
function FocusPlayerOnShow({ area }: { area: RefObject<HTMLDivElement | null> }) {
  useEffect(() => {
    area.current?.querySelector<HTMLElement>('[data-routine-player]')?.focus()
  }, [area])
  return null
}

/**
 * The player arrives as its own chunk: if it cannot load (offline, a deploy in between)
 * or fails, the visitor is told so and the written steps below still work.
 */
class PlayerErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  render() {
    if (!this.state.failed) return this.props.children
    return (
      <div role="alert" className="rounded-2xl bg-sand-100 p-6">
        <p className="font-semibold text-ink">The player could not start.</p>
        <p className="mt-1 text-ink-muted">Check your connection and reload the page; the steps below are all there to follow in the meantime.</p>
      </div>
    )
  }
}
