import type { ArrayField, CollectionBeforeChangeHook, CollectionBeforeValidateHook } from 'payload'

import { totalSeconds } from '../../lib/model/routine-timing'
import { DOSE_FROM_EXERCISE, doseFields } from '../fields/dose'

type StepData = {
  exercise?: number | string | { id: number | string } | null
  mode?: string | null
  reps?: number | null
  holdSeconds?: number | null
  sets?: number | null
  perSide?: boolean | null
  restSeconds?: number | null
}

const idOf = (value: StepData['exercise']) => (value && typeof value === 'object' ? value.id : value ?? null)

/** The ordered steps of a routine: an exercise each, with its dose, rest and an optional cue. */
export const stepsField: ArrayField = {
  name: 'steps',
  type: 'array',
  required: true,
  minRows: 1,
  maxRows: 40,
  labels: { singular: 'Step', plural: 'Steps' },
  admin: { description: 'In the order they are done. Total time is worked out from the doses and rests when you save.' },
  fields: [
    { name: 'exercise', type: 'relationship', relationTo: 'exercises', required: true },
    { type: 'row', fields: doseFields({ fromExercise: true }) },
    {
      name: 'restSeconds',
      type: 'number',
      min: 0,
      max: 300,
      defaultValue: 15,
      required: true,
      admin: { description: 'Rest after each set, in seconds (0 for none).' },
    },
    {
      name: 'cue',
      type: 'text',
      maxLength: 200,
      admin: { description: 'Optional: what to think about in this routine. Replaces the exercise’s first coaching cue.' },
    },
  ],
}

/**
 * Steps left "as the exercise says" take over their exercise's dose on save (one query
 * for all of them), so the routine's timing is fixed when the editor saves it.
 */
export const copyExerciseDoses: CollectionBeforeValidateHook = async ({ data, req }) => {
  const steps = (data?.steps ?? []) as StepData[]
  const ids = [...new Set(steps.filter((step) => step.mode === DOSE_FROM_EXERCISE).map((step) => idOf(step.exercise)).filter((id) => id !== null))]
  if (!data || ids.length === 0) return data
  const { docs } = await req.payload.find({
    collection: 'exercises',
    where: { id: { in: ids } },
    pagination: false,
    depth: 0,
    select: { dose: true },
    overrideAccess: true,
    req,
  })
  const doses = new Map(docs.map((doc) => [String(doc.id), doc.dose]))
  return {
    ...data,
    steps: steps.map((step) => {
      const dose = step.mode === DOSE_FROM_EXERCISE ? doses.get(String(idOf(step.exercise))) : undefined
      if (!dose) return step
      return { ...step, mode: dose.mode, reps: dose.reps ?? null, holdSeconds: dose.holdSeconds ?? null, sets: dose.sets ?? 1, perSide: Boolean(dose.perSide) }
    }),
  }
}

/** The whole routine's length in seconds, the way the player will time it. */
export const computeTotalTime: CollectionBeforeChangeHook = ({ data }) => {
  const steps = (data.steps ?? []) as StepData[]
  const seconds = totalSeconds(
    steps.map((step) => ({
      exerciseName: '',
      exerciseSlug: '',
      mode: step.mode === 'hold' ? 'hold' : 'reps',
      reps: step.reps,
      holdSeconds: step.holdSeconds,
      perSide: Boolean(step.perSide),
      sets: step.sets ?? 1,
      restSeconds: step.restSeconds ?? 0,
    })),
  )
  return { ...data, totalSeconds: seconds }
}
