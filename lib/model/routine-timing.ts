/**
 * The timing of a routine: the steps an editor lists, expanded into the timeline the
 * follow-along player walks through (work and rest, set by set, side by side), and the
 * words a visitor reads or hears for each part. Pure: no app imports, no clock.
 */

export type RoutineSide = 'left' | 'right'

export type RoutineStepInput = {
  exerciseName: string
  exerciseSlug: string
  /** Repetitions or a held position. */
  mode: 'reps' | 'hold'
  /** When mode = reps. */
  reps?: number | null
  /** When mode = hold. */
  holdSeconds?: number | null
  /** Done on the left, then on the right. */
  perSide: boolean
  /** At least 1. */
  sets: number
  /** Rest after each set (0 = none); never after the very last segment of the routine. */
  restSeconds: number
  /** What to think about: the step's own cue or the exercise's, already resolved. */
  cue?: string | null
  breath?: { inhale?: string | null; exhale?: string | null } | null
  imageUrl?: string | null
  imageAlt?: string | null
}

export type Segment = {
  kind: 'work' | 'rest'
  /** The step this part belongs to; a rest belongs to the set it follows. */
  stepIndex: number
  set: number
  sets: number
  /** null for rests and for steps not done per side. */
  side: RoutineSide | null
  seconds: number
  label: string
}

/**
 * A calm tempo: about two seconds to move out and two to come back, in time with a slow
 * breath. Repetitions are timed at this pace, so "10 reps" is 40 seconds of the clock.
 */
export const SECONDS_PER_REP = 4

const whole = (value: number | null | undefined, min: number) => Math.max(min, Math.round(Number.isFinite(value) ? (value as number) : 0))

function setsOf(step: RoutineStepInput): number {
  return whole(step.sets, 1)
}

function repsOf(step: RoutineStepInput): number {
  // A step without a count still gets a moment on the clock: a zero-second part would flash past.
  return whole(step.reps, 1)
}

function holdOf(step: RoutineStepInput): number {
  return whole(step.holdSeconds, 1)
}

/** Seconds of one set on one side. */
export function workSeconds(step: RoutineStepInput): number {
  return step.mode === 'hold' ? holdOf(step) : repsOf(step) * SECONDS_PER_REP
}

/** "10 reps" or "Hold for 30 s": how much of the exercise one set on one side asks for. */
export function doseText(step: RoutineStepInput): string {
  if (step.mode === 'hold') return `Hold for ${formatDuration(holdOf(step))}`
  const reps = repsOf(step)
  return reps === 1 ? '1 rep' : `${reps} reps`
}

/** "Ball Bridge, set 1 of 2, left side"; a single set does not say "set 1 of 1". */
function describeWork(name: string, set: number, sets: number, side: RoutineSide | null, separator: string): string {
  return [name, sets > 1 ? `set ${set} of ${sets}` : null, side ? `${side} side` : null].filter(Boolean).join(separator)
}

/** The timeline, in order: every set of every step, left then right when per side, with rests between sets. */
export function expandRoutine(steps: RoutineStepInput[]): Segment[] {
  const work: { segment: Segment; restAfter: number }[] = []
  steps.forEach((step, stepIndex) => {
    const sets = setsOf(step)
    const sides: (RoutineSide | null)[] = step.perSide ? ['left', 'right'] : [null]
    for (let set = 1; set <= sets; set += 1) {
      sides.forEach((side, sideIndex) => {
        const label = describeWork(step.exerciseName, set, sets, side, ' · ')
        const restAfter = sideIndex === sides.length - 1 ? whole(step.restSeconds, 0) : 0
        work.push({ segment: { kind: 'work', stepIndex, set, sets, side, seconds: workSeconds(step), label }, restAfter })
      })
    }
  })

  const segments: Segment[] = []
  work.forEach(({ segment, restAfter }, index) => {
    segments.push(segment)
    const next = work[index + 1]?.segment
    // No rest after the last part: the routine is over, there is nothing to rest for.
    if (!next || restAfter === 0) return
    const nextName = steps[next.stepIndex].exerciseName
    const label = `Rest · next: ${describeWork(nextName, next.set, next.sets, next.side, ', ')}`
    segments.push({ kind: 'rest', stepIndex: segment.stepIndex, set: segment.set, sets: segment.sets, side: null, seconds: restAfter, label })
  })
  return segments
}

export function totalSeconds(steps: RoutineStepInput[]): number {
  return expandRoutine(steps).reduce((sum, segment) => sum + segment.seconds, 0)
}

/** 600 -> "10 min", 90 -> "1 min 30 s", 45 -> "45 s". */
export function formatDuration(seconds: number): string {
  const total = whole(seconds, 0)
  const minutes = Math.floor(total / 60)
  const rest = total % 60
  if (minutes === 0) return `${rest} s`
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`
}

/** The same in words, for screen readers: 90 -> "1 minute 30 seconds". */
export function spokenDuration(seconds: number): string {
  const total = whole(seconds, 0)
  const minutes = Math.floor(total / 60)
  const rest = total % 60
  const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`
  if (minutes === 0) return plural(rest, 'second')
  return rest === 0 ? plural(minutes, 'minute') : `${plural(minutes, 'minute')} ${plural(rest, 'second')}`
}

/** A countdown clock: 90 -> "01:30", 5 -> "00:05". */
export function formatClock(seconds: number): string {
  const total = whole(seconds, 0)
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${pad(Math.floor(total / 60))}:${pad(total % 60)}`
}

/**
 * "Exhale as you press the ball": the breath word in front of the editor's words, unless
 * the editor already wrote it ("Exhale slowly…"). Empty when there is no cue.
 */
export function breathLine(word: 'Inhale' | 'Exhale', text: string | null | undefined): string {
  const words = text?.trim()
  if (!words) return ''
  if (words.toLowerCase().startsWith(word.toLowerCase())) return words
  return `${word} ${words}`
}

export function breathLines(step: RoutineStepInput): string[] {
  return [breathLine('Inhale', step.breath?.inhale), breathLine('Exhale', step.breath?.exhale)].filter(Boolean)
}

const sentence = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`)

/**
 * What a screen reader hears once when a part begins, e.g. "Step 2 of 5: Ball Bridge,
 * set 1 of 2, left side, 10 reps. Exhale as you press the ball."
 */
export function announceSegment(steps: RoutineStepInput[], segments: Segment[], index: number): string {
  const segment = segments[index]
  if (!segment) return ''
  if (segment.kind === 'rest') {
    const next = segments[index + 1]
    const nextText = next ? ` Next: ${describeWork(steps[next.stepIndex].exerciseName, next.set, next.sets, next.side, ', ')}.` : ''
    return `Rest for ${spokenDuration(segment.seconds)}.${nextText}`
  }
  const step = steps[segment.stepIndex]
  const dose = step.mode === 'hold' ? `hold for ${spokenDuration(holdOf(step))}` : doseText(step)
  const what = describeWork(step.exerciseName, segment.set, segment.sets, segment.side, ', ')
  return [`Step ${segment.stepIndex + 1} of ${steps.length}: ${what}, ${dose}.`, ...breathLines(step).map(sentence)].join(' ')
}

/** "Ball Bridge · right side", "Rest, 20 s", or null after the last part. */
export function nextUpText(segments: Segment[], index: number): string | null {
  const next = segments[index + 1]
  if (!next) return null
  return next.kind === 'rest' ? `Rest, ${formatDuration(next.seconds)}` : next.label
}

/** Seconds of the routine behind the visitor: every earlier part and what is done of this one. */
export function elapsedSeconds(segments: Segment[], index: number, secondsLeft: number): number {
  const before = segments.slice(0, index).reduce((sum, segment) => sum + segment.seconds, 0)
  const current = segments[index]
  return current ? before + Math.max(0, current.seconds - secondsLeft) : before
}

/** "10 reps · each side · 2 sets · 20 s rest": a step at a glance, for the overview. */
export function describeStep(step: RoutineStepInput): string {
  const sets = setsOf(step)
  const rest = whole(step.restSeconds, 0)
  return [doseText(step), step.perSide ? 'each side' : null, sets > 1 ? `${sets} sets` : '1 set', rest > 0 ? `${formatDuration(rest)} rest` : null]
    .filter(Boolean)
    .join(' · ')
}
