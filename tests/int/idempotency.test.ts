import { randomUUID } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { sql } from 'drizzle-orm'
import type { Payload } from 'payload'

import { changedTables, databaseFingerprint } from '../helpers/db-fingerprint'
import { createUser, prepareFixtures, validData } from '../helpers/fixtures'
import { namedFields } from '../helpers/hostile-expect'
import { closePayload, startPayload } from '../helpers/payload'
import { graphql, rest } from '../helpers/routes'

/**
 * An API client that got no answer to a create (or a 503) sends it again with the same
 * Idempotency-Key, and the document exists once (lib/server/idempotency.ts and
 * lib/server/graphql-idempotency.ts), through the app's own REST and GraphQL routes as a
 * client over HTTP sees them.
 */

let payload: Payload
const tokens: Record<'editor' | 'marketing', string> = { editor: '', marketing: '' }

type Created = { doc?: { id: number; title: string }; errors?: unknown[] }

beforeAll(async () => {
  payload = await startPayload()
  await prepareFixtures(payload)
  for (const role of ['editor', 'marketing'] as const) {
    const user = await createUser(payload, role)
    tokens[role] = ((await rest('POST', '/users/login', { body: { email: user.email, password: 'correct horse battery' } })).json as { token: string }).token
  }
})
afterAll(async () => {
  await closePayload(payload)
})

async function createArticle(key: string, body: unknown, role: keyof typeof tokens = 'editor') {
  const answer = await rest('POST', '/articles', { body, token: tokens[role], headers: { 'idempotency-key': key } })
  return { ...answer, json: answer.json as Created }
}

async function articlesTitled(title: string): Promise<number> {
  return (await payload.count({ collection: 'articles', where: { title: { equals: title } } })).totalDocs
}

describe('Idempotency-Key on REST creates', () => {
  it('creates once, and answers the same request sent again with that document', async () => {
    const key = randomUUID()
    const body = validData.articles()
    const first = await createArticle(key, body)
    expect(first.status).toBe(201)
    expect(first.headers.get('idempotent-replayed')).toBeNull()
    const again = await createArticle(key, body)
    expect(again.status).toBe(201)
    expect(again.headers.get('idempotent-replayed')).toBe('true')
    expect(again.json.doc).toMatchObject({ id: first.json.doc!.id, title: body.title })
    expect(await articlesTitled(body.title)).toBe(1)
  })

  it('makes one document of two requests with one key sent at once', async () => {
    const key = randomUUID()
    const body = validData.articles()
    const answers = await Promise.all([createArticle(key, body), createArticle(key, body)])
    const statuses = answers.map((answer) => answer.status).sort()
    // Either the second waited for the first and got its document, or it was told to ask again.
    expect([['201', '201'], ['201', '409']]).toContainEqual(statuses.map(String))
    const ids = new Set(answers.filter((answer) => answer.status === 201).map((answer) => answer.json.doc!.id))
    expect(ids.size).toBe(1)
    expect(await articlesTitled(body.title)).toBe(1)
    const later = await createArticle(key, body)
    expect({ status: later.status, id: later.json.doc?.id }).toEqual({ status: 201, id: [...ids][0] })
  })

  it('refuses the key sent again with different content, naming it, and changes nothing', async () => {
    const key = randomUUID()
    expect((await createArticle(key, validData.articles())).status).toBe(201)
    const before = await databaseFingerprint(payload)
    const other = await createArticle(key, validData.articles())
    expect(other.status).toBe(422)
    expect(namedFields(other.json)).toEqual([expect.objectContaining({ path: 'Idempotency-Key', message: expect.stringMatching(/different request/) })])
    expect(changedTables(before, await databaseFingerprint(payload))).toEqual([])
  })

  it('keeps keys apart per user: the same key from someone else is their own create', async () => {
    const key = randomUUID()
    const mine = await createArticle(key, validData.articles(), 'editor')
    const theirs = await createArticle(key, validData.articles(), 'marketing')
    expect([mine.status, theirs.status]).toEqual([201, 201])
    expect(theirs.headers.get('idempotent-replayed')).toBeNull()
    expect(theirs.json.doc!.id).not.toBe(mine.json.doc!.id)
  })

  it('stores no key for a create that failed, so the corrected request with the same key goes through', async () => {
    const key = randomUUID()
    const body = validData.articles()
    const refused = await createArticle(key, { ...body, title: '' })
    expect(refused.status).toBe(400)
    const corrected = await createArticle(key, body)
    expect(corrected.status).toBe(201)
    expect(corrected.headers.get('idempotent-replayed')).toBeNull()
  })

  it('lets a key go after a day', async () => {
    const key = randomUUID()
    expect((await createArticle(key, validData.articles())).status).toBe(201)
    const stored = await payload.find({ collection: 'idempotency-keys', where: { scope: { contains: key } }, overrideAccess: true })
    expect(stored.docs).toHaveLength(1)
    await payload.db.drizzle.execute(sql`UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE id = ${stored.docs[0]!.id}`)
    const fresh = await createArticle(key, validData.articles())
    expect(fresh.status).toBe(201)
    expect(fresh.headers.get('idempotent-replayed')).toBeNull()
  })

  it('says so when the document the key made has since been deleted', async () => {
    const key = randomUUID()
    const body = validData.articles()
    const first = await createArticle(key, body)
    await payload.delete({ collection: 'articles', id: first.json.doc!.id })
    const again = await createArticle(key, body)
    expect(again.status).toBe(409)
    expect(JSON.stringify(again.json)).toMatch(/deleted/)
  })

  it('refuses a key no client would send (spaces, too long) with a 400 naming the header', async () => {
    for (const key of ['two words', 'k'.repeat(256)]) {
      const answer = await createArticle(key, validData.articles())
      expect(answer.status).toBe(400)
      expect(namedFields(answer.json)).toEqual([expect.objectContaining({ path: 'Idempotency-Key' })])
    }
  })

  it('keeps the stored keys away from every API user', async () => {
    expect((await rest('GET', '/idempotency-keys', { token: tokens.editor })).status).toBe(403)
  })
})

describe('Idempotency-Key on GraphQL creates', () => {
  type Made = { id: number; title: string; slug: string }
  const CREATE = 'mutation Write($data: mutationArticleInput!) { made: createArticle(data: $data) { ...Card } } fragment Card on Article { id title slug }'

  // GraphQL's input type asks for the slug, which REST fills in from the title.
  const articleInput = () => {
    const data = validData.articles()
    return { ...data, slug: data.title.toLowerCase().replace(/\W+/g, '-') }
  }

  async function createByGraphql(key: string, data: unknown, query = CREATE) {
    return graphql(query, { token: tokens.editor, variables: { data: data as Record<string, unknown> }, headers: { 'idempotency-key': key } })
  }

  it('creates once, and answers the same mutation sent again as the first time, in its own shape', async () => {
    const key = randomUUID()
    const data = articleInput()
    const first = await createByGraphql(key, data)
    expect(first.status).toBe(200)
    expect(first.json.errors).toBeUndefined()
    expect(first.headers.get('idempotent-replayed')).toBeNull()
    const made = first.json.data!.made as Made
    expect(made.title).toBe(data.title)
    const again = await createByGraphql(key, data)
    expect(again.status).toBe(200)
    expect(again.headers.get('idempotent-replayed')).toBe('true')
    expect(again.json).toEqual({ data: { made } })
    expect(await articlesTitled(data.title)).toBe(1)
  })

  it('reads a draft back as a draft: the replay takes the create\'s draft argument', async () => {
    const key = randomUUID()
    const data = { ...articleInput(), _status: 'draft' }
    const query = 'mutation ($data: mutationArticleInput!, $draft: Boolean) { createArticle(data: $data, draft: $draft) { id title _status } }'
    const send = () => graphql(query, { token: tokens.editor, variables: { data, draft: true }, headers: { 'idempotency-key': key } })
    const first = await send()
    expect(first.json.data).toEqual({ createArticle: expect.objectContaining({ title: data.title, _status: 'draft' }) })
    const again = await send()
    expect(again.headers.get('idempotent-replayed')).toBe('true')
    expect(again.json).toEqual(first.json)
  })

  it('makes one document of two mutations with one key sent at once', async () => {
    const key = randomUUID()
    const data = articleInput()
    const answers = await Promise.all([createByGraphql(key, data), createByGraphql(key, data)])
    const ids = new Set(answers.map((answer) => (answer.json.data?.made as Made | null)?.id).filter(Boolean))
    expect(ids.size).toBe(1)
    expect(await articlesTitled(data.title)).toBe(1)
    const later = await createByGraphql(key, data)
    expect((later.json.data!.made as Made).id).toBe([...ids][0])
  })

  it('refuses the key sent again with different content, naming it, and changes nothing', async () => {
    const key = randomUUID()
    expect((await createByGraphql(key, articleInput())).json.errors).toBeUndefined()
    const before = await databaseFingerprint(payload)
    const other = await createByGraphql(key, articleInput())
    expect(other.status).toBe(422)
    expect(namedFields(other.json)).toEqual([expect.objectContaining({ path: 'Idempotency-Key', message: expect.stringMatching(/different request/) })])
    expect(changedTables(before, await databaseFingerprint(payload))).toEqual([])
  })

  it('refuses a key on anything but one create (a query, two creates, an update) with a 400 naming it, and creates nothing', async () => {
    const [one, two] = [articleInput(), articleInput()]
    const before = await databaseFingerprint(payload)
    const requests = [
      { query: 'query { Articles(limit: 1) { totalDocs } }', variables: {} },
      { query: 'mutation ($a: mutationArticleInput!, $b: mutationArticleInput!) { a: createArticle(data: $a) { id } b: createArticle(data: $b) { id } }', variables: { a: one, b: two } },
      { query: 'mutation ($data: mutationArticleUpdateInput!) { updateArticle(id: 1, data: $data) { id } }', variables: { data: { title: 'Changed' } } },
    ]
    for (const { query, variables } of requests) {
      const refused = await graphql(query, { token: tokens.editor, variables, headers: { 'idempotency-key': randomUUID() } })
      expect(refused.status).toBe(400)
      expect(namedFields(refused.json)).toEqual([expect.objectContaining({ path: 'Idempotency-Key', message: expect.stringMatching(/one create field/) })])
    }
    expect(changedTables(before, await databaseFingerprint(payload))).toEqual([])
  })

  it('stores no key for a create that failed, so the corrected mutation with the same key goes through', async () => {
    const key = randomUUID()
    const data = articleInput()
    const refused = await createByGraphql(key, { ...data, title: '' })
    expect(refused.json.data?.made ?? null).toBeNull()
    expect(namedFields(refused.json)).toEqual([expect.objectContaining({ path: 'title' })])
    const corrected = await createByGraphql(key, data)
    expect((corrected.json.data!.made as Made).title).toBe(data.title)
    expect(corrected.headers.get('idempotent-replayed')).toBeNull()
  })

  it('says so when the document the key made has since been deleted', async () => {
    const key = randomUUID()
    const data = articleInput()
    const first = await createByGraphql(key, data)
    await payload.delete({ collection: 'articles', id: (first.json.data!.made as Made).id })
    const again = await createByGraphql(key, data)
    expect(again.status).toBe(409)
    expect(JSON.stringify(again.json)).toMatch(/deleted/)
  })

  it('holds one key for one document across REST and GraphQL: the same key on the other route is a different request', async () => {
    const key = randomUUID()
    expect((await createArticle(key, validData.articles())).status).toBe(201)
    const other = await createByGraphql(key, articleInput())
    expect(other.status).toBe(422)
    expect(namedFields(other.json)).toEqual([expect.objectContaining({ path: 'Idempotency-Key' })])
  })
})
