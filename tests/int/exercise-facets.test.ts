import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { readPublishedExerciseFacets } from '@/lib/content/exercises'

import { unique, validData } from '../helpers/fixtures'
import { closePayload, startPayload } from '../helpers/payload'

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await closePayload(payload)
})

/** What a visitor may see of every exercise, asked through the Local API with the access rules on. */
async function facetsThroughLocalApi() {
  const { docs } = await payload.find({
    collection: 'exercises',
    overrideAccess: false,
    draft: false,
    pagination: false,
    depth: 0,
    sort: 'name',
    select: { name: true, bodyAreas: true, equipment: true, level: true, position: true, durationMinutes: true },
  })
  return docs.map(({ id, name, bodyAreas, equipment, level, position, durationMinutes }) => ({
    id,
    name,
    bodyAreas: bodyAreas ?? [],
    equipment: equipment ?? [],
    level,
    position,
    durationMinutes,
  }))
}

describe('exercise library facets (one SQL statement)', () => {
  it('gives visitors exactly what the Local API gives them: published only, values in the editor’s order, the published values of a document with a newer draft', async () => {
    const name = unique()
    const published = await payload.create({
      collection: 'exercises',
      data: {
        ...validData.exercises(`${name} a`),
        bodyAreas: ['core', 'hips', 'lower-back'],
        equipment: ['mat', 'small-ball'],
        level: 'intermediate',
        position: 'standing',
        durationMinutes: 7,
        _status: 'published',
      } as never,
    })
    const neverPublished = await payload.create({ collection: 'exercises', data: { ...validData.exercises(`${name} b`), _status: 'draft' } as never })
    const withNewerDraft = await payload.create({
      collection: 'exercises',
      data: { ...validData.exercises(`${name} c`), bodyAreas: ['hips'], _status: 'published' } as never,
    })
    await payload.update({
      collection: 'exercises',
      id: withNewerDraft.id,
      draft: true,
      data: { bodyAreas: ['shoulders'], durationMinutes: 9, _status: 'draft' } as never,
    })

    const facets = await readPublishedExerciseFacets(payload)
    expect(facets).toEqual(await facetsThroughLocalApi())

    const byId = new Map(facets.map((facet) => [facet.id, facet]))
    expect(byId.get(published.id)).toEqual({
      id: published.id,
      name: `Exercise ${name} a`,
      bodyAreas: ['core', 'hips', 'lower-back'],
      equipment: ['mat', 'small-ball'],
      level: 'intermediate',
      position: 'standing',
      durationMinutes: 7,
    })
    expect(byId.has(neverPublished.id)).toBe(false)
    expect(byId.get(withNewerDraft.id)).toMatchObject({ bodyAreas: ['hips'], durationMinutes: 3 })
  })
})
