'use client'

import type { ChangeEvent, KeyboardEvent } from 'react'
import { useCallback, useEffect, useId, useMemo, useReducer, useRef, useState } from 'react'

import { Badge } from '@/components/ui/Badge'
import type { RoutineStepInput } from '@/lib/model/routine-timing'
import { announceSegment, elapsedSeconds, expandRoutine, nextUpText } from '@/lib/model/routine-timing'

import type { Chime } from './chime'
import { createChime } from './chime'
import type { PlayerAction, PlayerState } from './player-state'
import { idlePlayer, reducePlayer, secondsLeft } from './player-state'
import { PlayerControls } from './PlayerControls'
import { DoneView, IntroView } from './PlayerViews'
import { RoutineProgress } from './RoutineProgress'
import { SegmentView } from './SegmentView'
import { useWakeLock } from './useWakeLock'

export type RoutinePlayerProps = { title: string; steps: RoutineStepInput[] }

/** Ticks a few times a second so the clock turns over on time; the time itself comes from timestamps. */
const TICK_MS = 250

type View = 'intro' | 'active' | 'done'

/**
 * The follow-along player: walks a visitor through a routine part by part with a countdown,
 * the cues and the breath, and keeps the screen awake while it runs.
 */
export function RoutinePlayer({ title, steps }: RoutinePlayerProps) {
  const titleId = useId()
  const chimeId = useId()
  const segments = useMemo(() => expandRoutine(steps), [steps])
  const total = useMemo(() => segments.reduce((sum, segment) => sum + segment.seconds, 0), [segments])
  const [state, dispatch] = useReducer((current: PlayerState, action: PlayerAction) => reducePlayer(segments, current, action), idlePlayer)
  const send = useCallback((type: 'start' | 'pause' | 'resume' | 'next' | 'previous') => dispatch({ type, now: Date.now() }), [])
  const view: View = state.status === 'idle' ? 'intro' : state.status === 'done' ? 'done' : 'active'
  const segment = segments[state.index]
  const left = secondsLeft(state)

  useWakeLock(state.status === 'running')
  useRoutineClock(state.status === 'running', dispatch)
  const { chimeOn, onChimeChange } = useChimeBetweenParts(view === 'intro' ? null : view === 'done' ? 'done' : state.index)
  const primaryRef = useFocusOnViewChange(view)

  const toggle = () => send(state.status === 'paused' ? 'resume' : 'pause')

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (view !== 'active' || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return
    const target = event.target as HTMLElement
    if (target.closest('input, select, textarea, [contenteditable="true"]')) return
    if (event.key === ' ') {
      // A focused button answers Space with its own click; toggling too would undo it.
      if (target.closest('button, a, summary, [role="button"]')) return
      event.preventDefault()
      toggle()
    } else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault()
      send(event.key === 'ArrowRight' ? 'next' : 'previous')
    }
  }

  const announcement =
    view === 'done' ? 'Routine complete. Well done.' : view === 'active' ? announceSegment(steps, segments, state.index) : ''

  return (
    // The keys work wherever focus is inside the player, and only there: the page keeps its own Space and arrows.
    <section
      aria-labelledby={titleId}
      tabIndex={-1}
      data-routine-player=""
      onKeyDown={onKeyDown}
      className="flex flex-col gap-6 rounded-2xl bg-white p-6 shadow-sm ring-1 ring-sand-200 sm:p-8"
    >
      <header className="flex flex-col items-start gap-2">
        <Badge tone="moss">Follow along</Badge>
        <h2 id={titleId} className="font-serif text-2xl leading-snug text-ink sm:text-3xl">
          {title}
        </h2>
      </header>

      {view === 'intro' ? <IntroView steps={steps} total={total} onStart={() => send('start')} startRef={primaryRef} /> : null}

      {view === 'active' && segment ? (
        <>
          <SegmentView
            segment={segment}
            step={steps[segment.stepIndex]}
            stepCount={steps.length}
            secondsLeft={left}
            paused={state.status === 'paused'}
            nextUp={nextUpText(segments, state.index)}
          />
          <RoutineProgress elapsed={elapsedSeconds(segments, state.index, left)} total={total} />
          <PlayerControls
            paused={state.status === 'paused'}
            onToggle={toggle}
            onPrevious={() => send('previous')}
            onNext={() => send('next')}
            onStop={() => dispatch({ type: 'stop' })}
            toggleRef={primaryRef}
          />
        </>
      ) : null}

      {view === 'done' ? <DoneView total={total} onRestart={() => send('start')} restartRef={primaryRef} /> : null}

      {segments.length ? (
        <label htmlFor={chimeId} className="flex min-h-11 cursor-pointer items-center gap-3 self-start text-sm text-ink">
          <input id={chimeId} type="checkbox" checked={chimeOn} onChange={onChimeChange} className="h-5 w-5 accent-moss" />
          Chime between steps
        </label>
      ) : null}

      <p role="status" aria-live="polite" aria-atomic="true" className="sr-only">
        {announcement}
      </p>
    </section>
  )
}

/** While running, asks the reducer to check the clock; also right away when the tab comes back. */
function useRoutineClock(running: boolean, dispatch: (action: PlayerAction) => void): void {
  useEffect(() => {
    if (!running) return
    const tick = () => dispatch({ type: 'tick', now: Date.now() })
    const interval = window.setInterval(tick, TICK_MS)
    const onVisibilityChange = () => {
      if (document.visibilityState === 'visible') tick()
    }
    document.addEventListener('visibilitychange', onVisibilityChange)
    return () => {
      window.clearInterval(interval)
      document.removeEventListener('visibilitychange', onVisibilityChange)
    }
  }, [running, dispatch])
}

/** The optional chime, sounded whenever the part on screen changes (not at the very start). Off by default. */
function useChimeBetweenParts(partKey: number | 'done' | null) {
  const [chimeOn, setChimeOn] = useState(false)
  const chime = useRef<Chime | null>(null)
  const lastPart = useRef(partKey)

  const onChimeChange = (event: ChangeEvent<HTMLInputElement>) => {
    setChimeOn(event.target.checked)
    // Made inside the click: browsers only let a page make sound after a gesture.
    if (event.target.checked && !chime.current) chime.current = createChime()
  }

  useEffect(() => {
    const previous = lastPart.current
    lastPart.current = partKey
    if (chimeOn && previous !== null && partKey !== null && previous !== partKey) chime.current?.play()
  }, [partKey, chimeOn])

  useEffect(() => {
    const chimes = chime
    return () => chimes.current?.close()
  }, [])

  return { chimeOn, onChimeChange }
}

/**
 * When the view changes (start, end, stop) the button just used disappears and focus would
 * fall back to the page; it goes to the new view's main button instead.
 */
function useFocusOnViewChange(view: View) {
  const primaryRef = useRef<HTMLButtonElement>(null)
  const shownView = useRef(view)
  useEffect(() => {
    if (shownView.current === view) return
    shownView.current = view
    const focused = document.activeElement
    if (!focused || focused === document.body) primaryRef.current?.focus()
  }, [view])
  return primaryRef
}
