import type { Segment } from '@/lib/model/routine-timing'

/**
 * The follow-along player's state as a pure reducer. The clock is a timestamp (when the
 * current part ends), not a count of ticks, so the countdown stays right when a phone
 * sleeps or a background tab's timers are slowed down. Every action carries `now`.
 */
export type PlayerStatus = 'idle' | 'running' | 'paused' | 'done'

export type PlayerState = {
  status: PlayerStatus
  index: number
  /** When the current part ends (ms since epoch), while running. */
  endsAt: number | null
  remainingMs: number
}

export type PlayerAction = { type: 'start' | 'pause' | 'resume' | 'tick' | 'next' | 'previous'; now: number } | { type: 'stop' }

export const idlePlayer: PlayerState = { status: 'idle', index: 0, endsAt: null, remainingMs: 0 }

function finished(segments: Segment[]): PlayerState {
  return { status: 'done', index: segments.length, endsAt: null, remainingMs: 0 }
}

function enter(segments: Segment[], index: number, now: number, status: 'running' | 'paused'): PlayerState {
  const segment = segments[index]
  if (!segment) return finished(segments)
  const ms = segment.seconds * 1000
  return { status, index, endsAt: status === 'running' ? now + ms : null, remainingMs: ms }
}

function tick(segments: Segment[], state: PlayerState, now: number): PlayerState {
  if (state.status !== 'running' || state.endsAt === null) return state
  let { index, endsAt } = state
  // After a long sleep several parts may be over: each next one starts when the last was due to end.
  while (now >= endsAt) {
    index += 1
    const segment = segments[index]
    if (!segment) return finished(segments)
    endsAt += segment.seconds * 1000
  }
  const remainingMs = endsAt - now
  // Same part, same second on the clock: keep the state, so React skips the render.
  if (index === state.index && secondsLeft({ ...state, remainingMs }) === secondsLeft(state)) return state
  return { status: 'running', index, endsAt, remainingMs }
}

export function secondsLeft(state: PlayerState): number {
  return Math.ceil(state.remainingMs / 1000)
}

export function reducePlayer(segments: Segment[], state: PlayerState, action: PlayerAction): PlayerState {
  if (action.type === 'stop') return idlePlayer
  const { now } = action
  const active = state.status === 'running' || state.status === 'paused'
  switch (action.type) {
    case 'start':
      return segments.length ? enter(segments, 0, now, 'running') : state
    case 'tick':
      return tick(segments, state, now)
    case 'pause': {
      const current = tick(segments, state, now)
      if (current.status !== 'running' || current.endsAt === null) return current
      return { ...current, status: 'paused', endsAt: null, remainingMs: current.endsAt - now }
    }
    case 'resume':
      return state.status === 'paused' ? { ...state, status: 'running', endsAt: now + state.remainingMs } : state
    case 'next':
      return active ? enter(segments, state.index + 1, now, state.status as 'running' | 'paused') : state
    case 'previous':
      return active ? enter(segments, Math.max(0, state.index - 1), now, state.status as 'running' | 'paused') : state
  }
}
