import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { GraphQLSchema } from 'graphql'
import type { Payload } from 'payload'

import { editorState, paragraph } from '@/lib/richtext/build'

import { seedDoc, type Actor } from '../helpers/access-matrix'
import { prepareFixtures, validData, type ContentSlug } from '../helpers/fixtures'
import { argumentType, payloadSchema } from '../helpers/graphql-schema'
import { hostileString, hostileValue, HUGE_NUMBERS, idempotencyKey, malformedJson, unsafeUrl, wrongType } from '../helpers/hostile-inputs'
import { FUZZ_SEED, fuzzRuns, HostileRun, type HostileRequest } from '../helpers/hostile-run'
import { closePayload, startPayload } from '../helpers/payload'

/** Property-based, as hostile-input-rest.test.ts, through /api/graphql: queries, variables, mutations, broken bodies. */

const RUNS = fuzzRuns(500)
let payload: Payload
let run: HostileRun
let schema: GraphQLSchema
const existing: Partial<Record<ContentSlug, number>> = {}

type Target = { slug: ContentSlug; one: string; many: string; fields: string[] }
const TARGETS: Target[] = [
  { slug: 'articles', one: 'Article', many: 'Articles', fields: ['title', 'excerpt', 'slug', 'content', 'topics', 'publishedAt', 'heroImage'] },
  { slug: 'topics', one: 'Topic', many: 'Topics', fields: ['name', 'slug'] },
  { slug: 'classes', one: 'Class', many: 'Classes', fields: ['name', 'description', 'bookingUrl', 'durationMinutes', 'instructors'] },
  { slug: 'offerings', one: 'Offering', many: 'Offerings', fields: ['name', 'checkoutUrl', 'sortOrder'] },
]
const ACTORS: Actor[] = ['anonymous', 'admin', 'editor', 'marketing']
const actor = fc.constantFrom(...ACTORS)
const target = fc.constantFrom(...TARGETS)

const graphqlRequest = (who: Actor, body: string, writes: boolean, contentType = 'application/json', key?: string): HostileRequest => ({
  actor: who,
  door: 'graphql',
  method: 'POST',
  path: '',
  body,
  contentType,
  headers: key === undefined ? undefined : { 'idempotency-key': key },
  writes,
})
const document = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, variables })

const number = fc.oneof(fc.constantFrom(...HUGE_NUMBERS), fc.integer(), fc.double({ noNaN: true }), wrongType)

const hostileList = fc
  .tuple(actor, target, number, number, hostileString, hostileValue)
  .map(([who, { many }, limit, page, sort, value]) =>
    graphqlRequest(who, document(`query ($limit: Int, $page: Int, $sort: String, $value: JSON) { ${many}(limit: $limit, page: $page, sort: $sort, where: { id: { equals: $value } }) { totalDocs docs { id } } }`, { limit, page, sort, value }), false),
  )

const hostileById = fc.tuple(actor, target, number).map(([who, { one }, id]) => graphqlRequest(who, document(`query ($id: Int!) { ${one}(id: $id) { id } }`, { id }), false))

/** A create or update with one field made hostile, through variables (any text is a valid variable), with or without an Idempotency-Key (refused on an update). */
const hostileMutation = fc
  .tuple(actor, target, fc.boolean(), fc.nat(), hostileValue, unsafeUrl, hostileString, idempotencyKey)
  .map(([who, { slug, one, fields }, create, pick, value, url, text, key]) => {
    const field = fields[pick % fields.length]!
    const replacement = field === 'content' ? editorState([paragraph(text)]) : field.endsWith('Url') ? url : value
    const mutation = create ? `create${one}` : `update${one}`
    const type = String(argumentType(schema, mutation, 'data'))
    const base = create ? { ...validData[slug](), ...(slug === 'offerings' ? { kind: 'class_pack', price: { amount: 9900, currency: 'USD', billingPeriod: 'one_time' } } : {}) } : {}
    const idArgument = create ? '' : `id: ${existing[slug]}, `
    return graphqlRequest(who, document(`mutation ($data: ${type}) { ${mutation}(${idArgument}data: $data) { id } }`, { data: { ...base, [field]: replacement } }), true, 'application/json', key)
  })

const brokenBody = fc.tuple(actor, idempotencyKey, fc.oneof(malformedJson.map((body) => [body, 'application/json']), fc.constantFrom(['{"query": 1}', 'application/json'], ['query { Articles { totalDocs } }', 'text/plain'], ['{"query": "{ Articles { totalDocs } }", "variables": "x"}', 'application/json'], ['{"query": "{ Articles(limit: 100000, page: -1) { totalDocs } }"}', 'application/json'])))
  .map(([who, key, [body, contentType]]) => graphqlRequest(who, body, true, contentType, key))

const deepQuery = fc.tuple(actor, fc.integer({ min: 2, max: 100 })).map(([who, levels]) => {
  let selection = 'title'
  for (let level = 0; level < levels; level++) selection = `relatedExercises { relatedArticles { ${selection} } }`
  return graphqlRequest(who, document(`{ Articles(limit: 100000) { docs { ${selection} } } }`), false)
})

const hostileRequest = fc.oneof(
  { weight: 4, arbitrary: hostileMutation },
  { weight: 3, arbitrary: hostileList },
  { weight: 2, arbitrary: hostileById },
  { weight: 1, arbitrary: brokenBody },
  { weight: 1, arbitrary: deepQuery },
)

beforeAll(async () => {
  payload = await startPayload()
  schema = await payloadSchema()
  await prepareFixtures(payload)
  for (const { slug } of TARGETS) existing[slug] = (await seedDoc(payload, slug, 'published')).id
  run = new HostileRun(payload, 'graphql', RUNS)
  await run.signIn()
}, 60_000)
afterAll(async () => {
  // Written on failure too: scripts/fuzz.ts prints the figures either way.
  run?.finish()
  await closePayload(payload)
})

describe('GraphQL under hostile input', () => {
  it(`${RUNS} generated requests (seed ${FUZZ_SEED}): no 5xx, every refusal says why, refused writes change nothing`, async () => {
    await fc.assert(
      fc.asyncProperty(hostileRequest, async (request) => {
        await run.send(request)
      }),
      { seed: FUZZ_SEED, numRuns: RUNS, endOnFailure: true },
    )
    const figures = run.figures
    expect(figures.serverErrors).toBe(0)
    expect(figures.requests).toBeGreaterThanOrEqual(Math.min(RUNS, 500))
  }, 600_000)
})
