import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { searchSite } from '@/lib/content/search'
import { block, editorState, paragraph } from '@/lib/richtext/build'

import { expectFieldError } from '../helpers/errors'
import { prepareFixtures, unique, validData } from '../helpers/fixtures'
import { closePayload, startPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
  await prepareFixtures(payload)
})
afterAll(async () => {
  await closePayload(payload)
})

async function exercise(overrides: Record<string, unknown> = {}) {
  return payload.create({ collection: 'exercises', data: { ...validData.exercises(), _status: 'published', ...overrides } as never })
}

async function routine(steps: Record<string, unknown>[], overrides: Record<string, unknown> = {}) {
  return payload.create({ collection: 'routines', data: { ...validData.routines(), steps, _status: 'published', ...overrides } as never })
}

const deleteError = (operation: Promise<unknown>) =>
  operation.then(
    () => null,
    (error: { status?: number; message?: string }) => error,
  )

describe('routine steps', () => {
  it('copies the exercise’s dose into a step left “as the exercise says”, and totals the time the player will take', async () => {
    const bridge = await exercise({ dose: { mode: 'reps', reps: 10, sets: 2, perSide: false } })
    const stretch = await exercise({ dose: { mode: 'hold', holdSeconds: 30, sets: 1, perSide: true } })
    const created = await routine([
      { exercise: bridge.id, mode: 'exercise', restSeconds: 15 },
      { exercise: stretch.id, mode: 'exercise', restSeconds: 0 },
    ])
    expect(created.steps?.[0]).toMatchObject({ mode: 'reps', reps: 10, sets: 2, perSide: false })
    expect(created.steps?.[1]).toMatchObject({ mode: 'hold', holdSeconds: 30, sets: 1, perSide: true })
    // Bridge: 2 sets × 10 reps × 4 s, a 15 s rest after each set; stretch: 30 s per side, no rest at the end.
    expect(created.totalSeconds).toBe(40 + 15 + 40 + 15 + 30 + 30)
  })

  it('recomputes the total when a step changes', async () => {
    const created = await routine([{ exercise: (await exercise()).id, mode: 'hold', holdSeconds: 20, restSeconds: 0 }])
    expect(created.totalSeconds).toBe(20)
    const updated = await payload.update({
      collection: 'routines',
      id: created.id,
      data: { steps: [{ ...created.steps![0], holdSeconds: 45 }] },
    })
    expect(updated.totalSeconds).toBe(45)
  })

  it('refuses a hold without seconds, repetitions without a count and a routine without steps, naming the field', async () => {
    const id = (await exercise()).id
    await expectFieldError(routine([{ exercise: id, mode: 'hold', restSeconds: 0 }]), 'steps.0.holdSeconds', /hold time in seconds/)
    await expectFieldError(routine([{ exercise: id, mode: 'reps', reps: 0, restSeconds: 0 }]), 'steps.0.reps', /repetitions/)
    await expectFieldError(routine([]), 'steps', /.+/)
    await expectFieldError(routine([{ mode: 'reps', reps: 5, restSeconds: 0 }]), 'steps.0.exercise', /.+/)
  })
})

describe('what uses what', () => {
  it('refuses to delete an exercise that a routine uses, naming the routine, and allows it once removed', async () => {
    const used = await exercise()
    const title = `Evening unwind ${unique()}`
    const owner = await routine([{ exercise: used.id, mode: 'reps', reps: 6, restSeconds: 0 }], { title })
    const error = await deleteError(payload.delete({ collection: 'exercises', id: used.id }))
    expect(error).toMatchObject({ status: 409 })
    expect(error?.message).toContain(`used in a routine: "${title}"`)
    expect(await payload.findByID({ collection: 'exercises', id: used.id })).toMatchObject({ id: used.id })

    await payload.update({ collection: 'routines', id: owner.id, data: { steps: [{ exercise: (await exercise()).id, mode: 'reps', reps: 6, restSeconds: 0 }] } })
    await payload.delete({ collection: 'exercises', id: used.id })
    await expect(payload.findByID({ collection: 'exercises', id: used.id })).rejects.toMatchObject({ status: 404 })
  })

  it('also counts a routine’s unpublished draft', async () => {
    const used = await exercise()
    await payload.create({
      collection: 'routines',
      draft: true,
      data: { ...validData.routines(), title: 'Draft routine', steps: [{ exercise: used.id, mode: 'reps', reps: 6, restSeconds: 0 }], _status: 'draft' } as never,
    })
    const error = await deleteError(payload.delete({ collection: 'exercises', id: used.id }))
    expect(error?.message).toContain('"Draft routine"')
  })

  it('refuses to delete a routine that an article embeds, naming the article', async () => {
    const embedded = await routine([{ exercise: (await exercise()).id, mode: 'reps', reps: 6, restSeconds: 0 }])
    const article = await payload.create({
      collection: 'articles',
      data: {
        ...validData.articles(),
        content: editorState([paragraph('Try this tonight.'), block('routineEmbed', { routine: embedded.id, note: '' })]),
        _status: 'published',
      } as never,
    })
    const error = await deleteError(payload.delete({ collection: 'routines', id: embedded.id }))
    expect(error).toMatchObject({ status: 409 })
    expect(error?.message).toContain(`used in an article: "${article.title}"`)
  })
})

describe('visitors', () => {
  it('see published routines only, and find them by the exercises in them', async () => {
    const word = `Zephyrstretch${unique().replace(/[^a-z]/g, '')}`
    const inside = await exercise({ name: word })
    const published = await routine([{ exercise: inside.id, mode: 'reps', reps: 6, restSeconds: 0 }])
    const draft = await payload.create({
      collection: 'routines',
      draft: true,
      data: { ...validData.routines(), steps: [{ exercise: inside.id, mode: 'reps', reps: 6, restSeconds: 0 }], _status: 'draft' } as never,
    })

    const visible = await payload.find({ collection: 'routines', overrideAccess: false, where: { id: { in: [published.id, draft.id] } } })
    expect(visible.docs.map((doc) => doc.id)).toEqual([published.id])

    const results = await searchSite({ query: word, kind: 'routines' })
    expect(results.hits.map((hit) => hit.title)).toEqual([published.title])
    expect(results.hits[0]?.href).toBe(`/routines/${published.slug}`)
  })
})
