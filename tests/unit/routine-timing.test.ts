import { describe, expect, it } from '@jest/globals'

import type { PlayerState } from '@/components/routine/player-state'
import { idlePlayer, reducePlayer, secondsLeft } from '@/components/routine/player-state'
import type { RoutineStepInput } from '@/lib/model/routine-timing'
import {
  announceSegment,
  breathLine,
  describeStep,
  elapsedSeconds,
  expandRoutine,
  formatClock,
  formatDuration,
  nextUpText,
  SECONDS_PER_REP,
  spokenDuration,
  totalSeconds,
  workSeconds,
} from '@/lib/model/routine-timing'

const step = (overrides: Partial<RoutineStepInput>): RoutineStepInput => ({
  exerciseName: 'Ball Bridge',
  exerciseSlug: 'ball-bridge',
  mode: 'reps',
  reps: 10,
  perSide: false,
  sets: 1,
  restSeconds: 0,
  ...overrides,
})

const bridge = step({ reps: 8, sets: 2, restSeconds: 20, breath: { exhale: 'as you press the ball' } })
const twist = step({ exerciseName: 'Seated Twist', exerciseSlug: 'seated-twist', mode: 'hold', holdSeconds: 30, perSide: true, sets: 2, restSeconds: 15 })

describe('workSeconds', () => {
  it('times repetitions at a calm tempo and holds by their seconds', () => {
    expect(SECONDS_PER_REP).toBe(4)
    expect(workSeconds(step({ reps: 10 }))).toBe(40)
    expect(workSeconds(step({ mode: 'hold', holdSeconds: 45 }))).toBe(45)
  })

  it('never gives a part of zero seconds', () => {
    expect(workSeconds(step({ reps: null }))).toBe(SECONDS_PER_REP)
    expect(workSeconds(step({ reps: 0 }))).toBe(SECONDS_PER_REP)
    expect(workSeconds(step({ mode: 'hold', holdSeconds: undefined }))).toBe(1)
    expect(workSeconds(step({ mode: 'hold', holdSeconds: -5 }))).toBe(1)
  })
})

describe('expandRoutine', () => {
  it('walks every set, left then right, with a rest after each set but none at the very end', () => {
    const segments = expandRoutine([bridge, twist])
    expect(segments.map((segment) => [segment.kind, segment.stepIndex, segment.set, segment.side, segment.seconds])).toEqual([
      ['work', 0, 1, null, 32],
      ['rest', 0, 1, null, 20],
      ['work', 0, 2, null, 32],
      ['rest', 0, 2, null, 20],
      ['work', 1, 1, 'left', 30],
      ['work', 1, 1, 'right', 30],
      ['rest', 1, 1, null, 15],
      ['work', 1, 2, 'left', 30],
      ['work', 1, 2, 'right', 30],
    ])
    expect(segments.every((segment) => segment.sets === 2)).toBe(true)
  })

  it('labels each part in plain words, rests with what comes next', () => {
    expect(expandRoutine([bridge, twist]).map((segment) => segment.label)).toEqual([
      'Ball Bridge · set 1 of 2',
      'Rest · next: Ball Bridge, set 2 of 2',
      'Ball Bridge · set 2 of 2',
      'Rest · next: Seated Twist, set 1 of 2, left side',
      'Seated Twist · set 1 of 2 · left side',
      'Seated Twist · set 1 of 2 · right side',
      'Rest · next: Seated Twist, set 2 of 2, left side',
      'Seated Twist · set 2 of 2 · left side',
      'Seated Twist · set 2 of 2 · right side',
    ])
  })

  it('does not say "set 1 of 1" for a single set', () => {
    expect(expandRoutine([step({ perSide: true })]).map((segment) => segment.label)).toEqual(['Ball Bridge · left side', 'Ball Bridge · right side'])
  })

  it('leaves out rests of 0 seconds', () => {
    expect(expandRoutine([step({ sets: 3 })]).map((segment) => segment.kind)).toEqual(['work', 'work', 'work'])
  })

  it('treats fewer than one set as one, and an empty routine as nothing', () => {
    expect(expandRoutine([step({ sets: 0 })])).toHaveLength(1)
    expect(expandRoutine([step({ sets: -2, restSeconds: 10 })])).toHaveLength(1)
    expect(expandRoutine([step({ sets: Number.NaN })])[0]).toMatchObject({ set: 1, sets: 1 })
    expect(expandRoutine([])).toEqual([])
    expect(totalSeconds([])).toBe(0)
  })
})

describe('totalSeconds and formatting', () => {
  it('adds up every part, rests included', () => {
    expect(totalSeconds([bridge, twist])).toBe(32 + 20 + 32 + 20 + 30 + 30 + 15 + 30 + 30)
  })

  it('formats durations the way the site writes them', () => {
    expect(formatDuration(600)).toBe('10 min')
    expect(formatDuration(90)).toBe('1 min 30 s')
    expect(formatDuration(45)).toBe('45 s')
    expect(formatDuration(60)).toBe('1 min')
    expect(formatDuration(0)).toBe('0 s')
  })

  it('says durations in words for screen readers, and shows a mm:ss clock', () => {
    expect(spokenDuration(1)).toBe('1 second')
    expect(spokenDuration(90)).toBe('1 minute 30 seconds')
    expect(spokenDuration(120)).toBe('2 minutes')
    expect(formatClock(90)).toBe('01:30')
    expect(formatClock(5)).toBe('00:05')
    expect(formatClock(0)).toBe('00:00')
  })

  it('sums what is behind the visitor', () => {
    const segments = expandRoutine([bridge, twist])
    expect(elapsedSeconds(segments, 0, 32)).toBe(0)
    expect(elapsedSeconds(segments, 2, 30)).toBe(32 + 20 + 2)
    expect(elapsedSeconds(segments, segments.length, 0)).toBe(totalSeconds([bridge, twist]))
  })

  it('describes a step at a glance', () => {
    expect(describeStep(bridge)).toBe('8 reps · 2 sets · 20 s rest')
    expect(describeStep(twist)).toBe('Hold for 30 s · each side · 2 sets · 15 s rest')
    expect(describeStep(step({ reps: 1 }))).toBe('1 rep · 1 set')
  })
})

describe('words for the player', () => {
  const steps = [bridge, twist]
  const segments = expandRoutine(steps)

  it('announces a part once with its step, set, side, dose and breath', () => {
    expect(announceSegment(steps, segments, 0)).toBe('Step 1 of 2: Ball Bridge, set 1 of 2, 8 reps. Exhale as you press the ball.')
    expect(announceSegment(steps, segments, 5)).toBe('Step 2 of 2: Seated Twist, set 1 of 2, right side, hold for 30 seconds.')
    expect(announceSegment(steps, segments, 3)).toBe('Rest for 20 seconds. Next: Seated Twist, set 1 of 2, left side.')
    expect(announceSegment(steps, segments, 99)).toBe('')
  })

  it('says what is next up', () => {
    expect(nextUpText(segments, 0)).toBe('Rest, 20 s')
    expect(nextUpText(segments, 4)).toBe('Seated Twist · set 1 of 2 · right side')
    expect(nextUpText(segments, segments.length - 1)).toBeNull()
  })

  it('puts the breath word in front, unless the editor already wrote it', () => {
    expect(breathLine('Inhale', 'to lengthen the spine')).toBe('Inhale to lengthen the spine')
    expect(breathLine('Exhale', 'Exhale slowly through the mouth')).toBe('Exhale slowly through the mouth')
    expect(breathLine('Exhale', '  ')).toBe('')
    expect(breathLine('Inhale', null)).toBe('')
  })
})

describe('the player clock (components/routine/player-state)', () => {
  const segments = expandRoutine([bridge, twist])
  const t0 = 1_000_000
  const started = reducePlayer(segments, idlePlayer, { type: 'start', now: t0 })

  it('counts from timestamps, so a sleeping tab catches up with the parts it missed', () => {
    expect(started).toMatchObject({ status: 'running', index: 0, endsAt: t0 + 32_000 })
    // 60 s later: the first set (32 s) and its rest (20 s) are over, 8 s into the second set.
    const woken = reducePlayer(segments, started, { type: 'tick', now: t0 + 60_000 })
    expect([woken.index, secondsLeft(woken)]).toEqual([2, 24])
    const long = reducePlayer(segments, started, { type: 'tick', now: t0 + 3_600_000 })
    expect(long.status).toBe('done')
  })

  it('keeps the exact time left while paused, and leaves the state alone within a second', () => {
    const paused = reducePlayer(segments, started, { type: 'pause', now: t0 + 2500 })
    expect(paused).toMatchObject({ status: 'paused', endsAt: null, remainingMs: 29_500 })
    expect(reducePlayer(segments, paused, { type: 'tick', now: t0 + 99_000 })).toBe(paused)
    const resumed = reducePlayer(segments, paused, { type: 'resume', now: t0 + 10_000 })
    expect(resumed.endsAt).toBe(t0 + 39_500)
    const ticked = reducePlayer(segments, resumed, { type: 'tick', now: t0 + 10_200 })
    expect(reducePlayer(segments, ticked, { type: 'tick', now: t0 + 10_300 })).toBe(ticked)
  })

  it('moves with next and previous, ends after the last part, and does nothing for an empty routine', () => {
    const last: PlayerState = { status: 'paused', index: segments.length - 1, endsAt: null, remainingMs: 5000 }
    expect(reducePlayer(segments, last, { type: 'next', now: t0 })).toMatchObject({ status: 'done' })
    expect(reducePlayer(segments, last, { type: 'previous', now: t0 })).toMatchObject({ status: 'paused', remainingMs: 30_000 })
    expect(reducePlayer(segments, started, { type: 'stop' })).toBe(idlePlayer)
    expect(reducePlayer([], idlePlayer, { type: 'start', now: t0 })).toBe(idlePlayer)
  })
})
