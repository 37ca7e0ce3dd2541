import type { Field, Validate } from 'payload'

/** "From the exercise": a routine step that copies its exercise's dose when saved. */
export const DOSE_FROM_EXERCISE = 'exercise'

const requiredWhenDose =
  (mode: 'reps' | 'hold', message: string): Validate<number | null | undefined> =>
  (value, { siblingData }) => {
    if ((siblingData as { mode?: string } | undefined)?.mode !== mode) return true
    return typeof value === 'number' && value > 0 ? true : message
  }

/**
 * How much of an exercise: repetitions or a held position, in sets, per side or not.
 * Exercises have their own dose; a routine's step may take it over from its exercise.
 */
export function doseFields({ fromExercise = false } = {}): Field[] {
  const modes = [
    ...(fromExercise ? [{ label: 'As the exercise says', value: DOSE_FROM_EXERCISE }] : []),
    { label: 'Repetitions', value: 'reps' },
    { label: 'Hold', value: 'hold' },
  ]
  return [
    {
      name: 'mode',
      type: 'radio',
      required: true,
      defaultValue: fromExercise ? DOSE_FROM_EXERCISE : 'reps',
      options: modes,
      admin: fromExercise ? { description: 'The exercise’s own dose is copied into this step when you save.' } : undefined,
    },
    {
      name: 'reps',
      type: 'number',
      min: 1,
      max: 100,
      validate: requiredWhenDose('reps', 'Give the number of repetitions (1 or more).'),
      admin: { condition: (_, sibling) => sibling?.mode === 'reps' },
    },
    {
      name: 'holdSeconds',
      type: 'number',
      min: 1,
      max: 600,
      validate: requiredWhenDose('hold', 'Give the hold time in seconds (1 or more).'),
      admin: { condition: (_, sibling) => sibling?.mode === 'hold' },
    },
    {
      name: 'sets',
      type: 'number',
      min: 1,
      max: 10,
      defaultValue: 1,
      required: true,
      admin: fromExercise ? { condition: (_, sibling) => sibling?.mode !== DOSE_FROM_EXERCISE } : undefined,
    },
    {
      name: 'perSide',
      type: 'checkbox',
      defaultValue: false,
      label: 'Each side',
      admin: fromExercise ? { condition: (_, sibling) => sibling?.mode !== DOSE_FROM_EXERCISE } : undefined,
    },
  ]
}
