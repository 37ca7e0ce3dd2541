import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { changedTables, databaseFingerprint } from '../helpers/db-fingerprint'
import { createUser, prepareFixtures, validData } from '../helpers/fixtures'
import { sendGraphql, sendRest, type Method } from '../helpers/hostile-http'
import { namedFields } from '../helpers/hostile-expect'
import { closePayload, startPayload } from '../helpers/payload'
import { rest } from '../helpers/routes'

/**
 * The defects the hostile-input suite found, one case each: every one of these answered
 * 500 (or threw) before the input guards (collections/hooks/inputGuard.ts,
 * lib/server/rest-guard.ts, lib/server/graphql-guard.ts).
 */

let payload: Payload
let token = ''
let articleId = 0
const JSON_TYPE = 'application/json'

beforeAll(async () => {
  payload = await startPayload()
  await prepareFixtures(payload)
  const admin = await createUser(payload, 'admin')
  token = ((await rest('POST', '/users/login', { body: { email: admin.email, password: 'correct horse battery' } })).json as { token: string }).token
  articleId = (await payload.create({ collection: 'articles', data: { ...validData.articles(), _status: 'published' } as never })).id
})
afterAll(async () => {
  await closePayload(payload)
})

const article = (change: Record<string, unknown>) => JSON.stringify({ ...validData.articles(), ...change })

/** A 400 that names `field` with `reason`, and no row anywhere changed. */
async function expectRefused(method: Method, path: string, body: string | null, field: string, reason: RegExp, contentType = JSON_TYPE) {
  const before = await databaseFingerprint(payload)
  const answer = await sendRest({ method, path, body, contentType, token })
  expect(answer.status).toBe(400)
  expect(namedFields(answer.json)).toEqual(expect.arrayContaining([expect.objectContaining({ path: field, message: expect.stringMatching(reason) })]))
  expect(changedTables(before, await databaseFingerprint(payload))).toEqual([])
}

describe('REST: input PostgreSQL cannot take is a 400 naming the field, not a 500', () => {
  it('a NUL character in a text field', () => expectRefused('POST', '/articles', article({ title: 'Hip\u0000s' }), 'title', /NUL character/))
  it('a NUL character in an update, deep in rich text', () =>
    expectRefused('PATCH', `/articles/${articleId}`, JSON.stringify({ content: { root: { children: [{ text: 'a\u0000' }] } } }), 'content', /NUL character .*\(at root\.children\.0\.text\)/))
  it('a relationship id beyond the integer column', () => expectRefused('POST', '/articles', article({ topics: [1e20] }), 'topics', /not a document id/))
  it('a number where a select or text goes (a hook read it as text)', () =>
    expectRefused('POST', '/exercises', JSON.stringify({ ...validData.exercises(), level: -1694771019 }), 'level', /must be text, not a number/))
  it('a list where one upload goes, and rich text that is not an editor state', async () => {
    await expectRefused('POST', '/locations', JSON.stringify({ ...validData.locations(), image: [] }), 'image', /one document id, not a list/)
    await expectRefused('POST', '/articles', article({ content: { root: { children: 'x' } } }), 'content', /children are not a list/)
  })
  it('text where a list of rows goes, or a number goes', async () => {
    await expectRefused('POST', '/offerings', JSON.stringify({ ...validData.offerings(), price: 'x' }), 'price', /object of fields/)
    await expectRefused('POST', '/exercises', JSON.stringify({ ...validData.exercises(), steps: 'lie down' }), 'steps', /list of rows/)
    await expectRefused('POST', '/exercises', JSON.stringify({ ...validData.exercises(), durationMinutes: 'three' }), 'durationMinutes', /must be a number/)
  })
  it('a NUL character in a global', () => expectRefused('POST', '/globals/studio', JSON.stringify({ name: 'B\u0000' }), 'name', /NUL character/))
  it('a body that is JSON null, or not JSON at all', async () => {
    await expectRefused('POST', '/articles', 'null', 'body', /JSON object/)
    await expectRefused('POST', '/articles', '{"title": ', 'body', /not valid JSON/)
  })
  it('a multipart body that cannot be read', () => expectRefused('POST', '/articles', 'garbage', 'body', /multipart/, 'multipart/form-data; boundary=zz'))
  it('page -1 or 1e300, a huge id in where, a NUL in where, where as plain text', async () => {
    await expectRefused('GET', '/articles?page=-1', null, 'page', /whole number from 1/)
    await expectRefused('GET', '/articles?page=1e300', null, 'page', /whole number from 1/)
    await expectRefused('GET', '/articles?where[id][equals]=99999999999999999999', null, 'where.id.equals', /not a document id/)
    await expectRefused('GET', '/articles?where[title][like]=%00', null, 'where.title.like', /NUL/)
    await expectRefused('GET', '/articles?where=notanobject', null, 'where', /conditions/)
  })
})

describe('REST: addresses that name nothing are 404', () => {
  it.each(['/articles/abc', '/articles/99999999999999999999', '/articles/%E0%A4%A', '/media/file/no-such-file.png', '/media/file/a%2F..%2Fb', '/locations/versions'])('%s', async (path) => {
    expect((await sendRest({ method: 'GET', path, token })).status).toBe(404)
  })
  it('PATCH and DELETE of an impossible id change nothing', async () => {
    const before = await databaseFingerprint(payload)
    expect((await sendRest({ method: 'PATCH', path: '/articles/99999999999999999999', body: '{}', contentType: JSON_TYPE, token })).status).toBe(404)
    expect((await sendRest({ method: 'DELETE', path: '/articles/abc', token })).status).toBe(404)
    expect(changedTables(before, await databaseFingerprint(payload))).toEqual([])
  })
})

describe('GraphQL', () => {
  it('a body that is not JSON is a 400 that says so', async () => {
    const answer = await sendGraphql('{bad', { token })
    expect(answer.status).toBe(400)
    expect(answer.text).toMatch(/not valid JSON/)
  })
  it('page -1 is a refusal naming page, not a server error', async () => {
    const answer = await sendGraphql(JSON.stringify({ query: '{ Articles(page: -1) { totalDocs } }' }), { token })
    expect(answer.text).not.toMatch(/"statusCode":5\d\d/)
    expect(namedFields(answer.json)).toEqual([expect.objectContaining({ path: 'page' })])
  })
})
