import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { VISITOR_PAGE_LIMIT } from '@/lib/model/input-checks'

import { seedDoc } from '../helpers/access-matrix'
import { createUser, prepareFixtures } from '../helpers/fixtures'
import { namedFields } from '../helpers/hostile-expect'
import { closePayload, startPayload } from '../helpers/payload'
import { sendRest } from '../helpers/hostile-http'
import { graphql, rest } from '../helpers/routes'

/**
 * How much one API read may make the server build. Relationships are filled in two levels
 * deep at most (payload.config.ts `maxDepth`): an article and an exercise that point at
 * each other made every further level repeat the whole graph, and `depth=10` on the demo
 * content took 39 s and failed. Someone not signed in reads at most VISITOR_PAGE_LIMIT
 * documents a page (lib/server/visitor-page-size.ts); staff, whose admin counts with
 * `limit=0`, and the site's own Local API reads are not limited.
 */

let payload: Payload
let editorToken = ''
let articleId = 0

beforeAll(async () => {
  payload = await startPayload()
  await prepareFixtures(payload)
  const article = await seedDoc(payload, 'articles', 'published')
  const exercise = await seedDoc(payload, 'exercises', 'published')
  await payload.update({ collection: 'exercises', id: exercise.id, data: { relatedArticles: [article.id] } })
  await payload.update({ collection: 'articles', id: article.id, data: { relatedExercises: [exercise.id] } })
  articleId = article.id
  const editor = await createUser(payload, 'editor')
  editorToken = ((await rest('POST', '/users/login', { body: { email: editor.email, password: 'correct horse battery' } })).json as { token: string }).token
})
afterAll(async () => {
  await closePayload(payload)
})

type Linked = { id: number; relatedExercises?: (number | { relatedArticles?: (number | { relatedExercises?: unknown[] })[] })[] }

describe('relationship depth', () => {
  it('fills relationships in two levels deep at most, whatever depth a client asks for', async () => {
    const answer = await rest('GET', `/articles/${articleId}?depth=10`)
    expect(answer.status).toBe(200)
    const exercise = (answer.json as Linked).relatedExercises?.[0]
    expect(exercise).toEqual(expect.objectContaining({ relatedArticles: [expect.objectContaining({ id: articleId })] }))
    const backAgain = (exercise as { relatedArticles: { relatedExercises: unknown[] }[] }).relatedArticles[0]!
    // The third level stays an id: the cycle stops here.
    expect(backAgain.relatedExercises).toEqual([expect.any(Number)])
  })
})

describe('page size for visitors', () => {
  it.each(['limit=0', `limit=${VISITOR_PAGE_LIMIT + 1}`, 'limit=100000', 'limit=-5'])('refuses %s from someone not signed in, naming limit', async (query) => {
    const answer = await rest('GET', `/exercises?${query}`)
    expect(answer.status).toBe(400)
    expect(namedFields(answer.json)).toEqual([expect.objectContaining({ path: 'limit', message: expect.stringContaining(`1 to ${VISITOR_PAGE_LIMIT}`) })])
  })

  it('refuses turning pagination off to read everything, naming it; off with a small limit is that many', async () => {
    const answer = await rest('GET', '/articles?pagination=false')
    expect(answer.status).toBe(400)
    expect(namedFields(answer.json)).toEqual([expect.objectContaining({ path: 'pagination' })])
    // What the storage adapter does to find one file's object for a visitor.
    const one = await rest('GET', '/articles?pagination=false&limit=1')
    expect(one.status).toBe(200)
    expect((one.json as { docs: unknown[] }).docs).toHaveLength(1)
  })

  it(`answers a page of up to ${VISITOR_PAGE_LIMIT}, and the default page, as before`, async () => {
    for (const query of [`limit=${VISITOR_PAGE_LIMIT}`, '']) {
      const answer = await rest('GET', `/exercises?${query}`)
      expect(answer.status).toBe(200)
      expect((answer.json as { docs: unknown[] }).docs.length).toBeGreaterThan(0)
    }
  })

  it('holds over GraphQL too', async () => {
    const answer = await graphql('{ Exercises(limit: 0) { totalDocs } }')
    expect(answer.json.data?.Exercises ?? null).toBeNull()
    expect(namedFields(answer.json)).toEqual([expect.objectContaining({ path: 'limit' })])
    const page = await graphql(`{ Exercises(limit: ${VISITOR_PAGE_LIMIT}) { totalDocs } }`)
    expect(page.json.errors).toBeUndefined()
  })

  // Payload reads a POST with this header as a GET whose query is the body: the same read, the same limit.
  it.each([
    ['a form body', 'application/x-www-form-urlencoded', 'limit=0&depth=0'],
    ['a JSON body', 'application/json', JSON.stringify({ limit: 100000 })],
  ])('refuses the same ask sent as a POST read as a GET, in %s', async (_, contentType, body) => {
    for (const header of ['X-HTTP-Method-Override', 'X-Payload-HTTP-Method-Override']) {
      const answer = await sendRest({ method: 'POST', path: '/exercises', contentType, body, headers: { [header]: 'GET' } })
      expect(answer.status).toBe(400)
      expect(namedFields(answer.json)).toEqual([expect.objectContaining({ path: 'limit' })])
    }
    const page = await sendRest({ method: 'POST', path: '/exercises', contentType: 'application/x-www-form-urlencoded', body: 'limit=5', headers: { 'X-Payload-HTTP-Method-Override': 'GET' } })
    expect(page.status).toBe(200)
    expect((page.json as { docs: unknown[] }).docs.length).toBeGreaterThan(0)
  })

  it('leaves signed-in staff (the admin counts with limit=0) and the Local API unlimited', async () => {
    const staff = await rest('GET', '/exercises?limit=0&depth=0', { token: editorToken })
    expect(staff.status).toBe(200)
    const local = await payload.find({ collection: 'exercises', pagination: false, depth: 0 })
    expect(local.docs.length).toBeGreaterThan(0)
  })
})
