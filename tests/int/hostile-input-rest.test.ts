import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { Payload } from 'payload'

import { editorState, paragraph } from '@/lib/richtext/build'
import { richTextToFeedHtml } from '@/lib/richtext/html'

import { seedDoc, type Actor } from '../helpers/access-matrix'
import { prepareFixtures, validData, type ContentSlug } from '../helpers/fixtures'
import { hostileString, hostileValue, idempotencyKey, idSegment, listQuery, malformedJson, malformedMultipart, unsafeUrl } from '../helpers/hostile-inputs'
import { FUZZ_SEED, fuzzRuns, HostileRun, type HostileRequest } from '../helpers/hostile-run'
import { closePayload, startPayload } from '../helpers/payload'
import { LIVE_UNSAFE_HREF } from '../helpers/unsafe-links'

/**
 * Property-based: generated hostile requests against the REST API, as every role and
 * anonymous (rules in tests/helpers/hostile-run.ts). FUZZ_RUNS and FUZZ_SEED (scripts/fuzz.ts)
 * make the run longer or different; the seeded run here is the one `npm test` repeats.
 */

const RUNS = fuzzRuns(520)
let payload: Payload
let run: HostileRun
const existing: Partial<Record<ContentSlug, number>> = {}

/** Fields each generated write aims at: text, numbers, relationships, selects, links. */
const TARGETS: Record<ContentSlug, string[]> = {
  articles: ['title', 'excerpt', 'slug', 'content', 'topics', 'publishedAt', 'featured', 'heroImage', 'author', 'readingTimeMinutes'],
  exercises: ['name', 'summary', 'slug', 'level', 'durationMinutes', 'bodyAreas', 'steps', 'dose', 'images'],
  routines: ['title', 'summary', 'slug', 'level', 'steps', 'bodyAreas'],
  classes: ['name', 'description', 'durationMinutes', 'instructors', 'locations', 'bookingUrl', 'equipment'],
  offerings: ['name', 'shortDescription', 'price', 'checkoutUrl', 'sortOrder', 'included', 'image'],
  topics: ['name', 'slug'],
  locations: ['name', 'description', 'address', 'timeZone', 'image'],
  instructors: ['name', 'bio'],
}
const LINK_FIELDS: Partial<Record<ContentSlug, string>> = { classes: 'bookingUrl', offerings: 'checkoutUrl' }
const COLLECTIONS = Object.keys(TARGETS) as ContentSlug[]
const ACTORS: Actor[] = ['anonymous', 'admin', 'editor', 'marketing']
const JSON_TYPE = 'application/json'

const actor = fc.constantFrom(...ACTORS)
const collection = fc.constantFrom(...COLLECTIONS)

/** Rich text whose link points at an unsafe address, or whose text is hostile. */
const hostileRichText = fc.oneof(
  unsafeUrl.map((url) => editorState([{ ...paragraph('Read '), children: [{ type: 'link', version: 3, fields: { url, linkType: 'custom', newTab: false }, children: [{ type: 'text', text: 'this', version: 1, format: 0 }] }] } as never])),
  hostileString.map((text) => editorState([paragraph(text)])),
  fc.constantFrom<unknown>('plain text', { root: null }, { root: { children: 'x' } }, [], 42),
)

/** A create (with or without an Idempotency-Key) or an update with one field replaced by something hostile. */
const hostileWrite: fc.Arbitrary<HostileRequest> = fc
  .tuple(actor, collection, fc.boolean(), fc.nat(), hostileValue, unsafeUrl, hostileRichText, idempotencyKey)
  .map(([who, slug, create, pick, value, url, richText, key]) => {
    const field = TARGETS[slug][pick % TARGETS[slug].length]!
    const replacement = field === 'content' ? richText : field === LINK_FIELDS[slug] && pick % 2 ? url : value
    const body = JSON.stringify(create ? { ...validData[slug](), [field]: replacement } : { [field]: replacement })
    const headers = create && key !== undefined ? { 'idempotency-key': key } : undefined
    return { actor: who, door: 'rest', method: create ? 'POST' : 'PATCH', path: create ? `/${slug}` : `/${slug}/${existing[slug]}`, body, contentType: JSON_TYPE, headers, writes: true }
  })

const brokenBody: fc.Arbitrary<HostileRequest> = fc
  .tuple(actor, collection, fc.constantFrom('POST', 'PATCH') as fc.Arbitrary<'POST' | 'PATCH'>, fc.oneof(malformedJson.map((body) => [body, JSON_TYPE]), malformedMultipart.map((body) => [body, 'multipart/form-data; boundary=x'])))
  .map(([who, slug, method, [body, contentType]]) => ({ actor: who, door: 'rest', method, path: method === 'POST' ? `/${slug}` : `/${slug}/${existing[slug]}`, body, contentType, writes: true }))

const hostileRead: fc.Arbitrary<HostileRequest> = fc.oneof(
  fc.tuple(actor, collection, listQuery).map(([who, slug, query]) => ({ actor: who, door: 'rest' as const, method: 'GET' as const, path: `/${slug}?${query}`, writes: false })),
  fc.tuple(actor, fc.constantFrom(...COLLECTIONS, 'media', 'users', 'globals/header'), idSegment).map(([who, slug, id]) => ({ actor: who, door: 'rest' as const, method: 'GET' as const, path: `/${slug}/${id}`, writes: false })),
  fc.tuple(actor, idSegment).map(([who, name]) => ({ actor: who, door: 'rest' as const, method: 'GET' as const, path: `/media/file/${name}`, writes: false })),
)

const hostileDelete: fc.Arbitrary<HostileRequest> = fc
  .tuple(actor, collection, fc.oneof(idSegment.map((id) => `/${id}`), listQuery.map((query) => `?${query}`)))
  .map(([who, slug, rest]) => ({ actor: who, door: 'rest', method: 'DELETE', path: `/${slug}${rest}`, writes: true }))

const hostileGlobal: fc.Arbitrary<HostileRequest> = fc
  .tuple(actor, unsafeUrl, hostileString)
  .chain(([who, url, label]) =>
    fc.constantFrom(
      { slug: 'header', body: { navItems: [{ link: { type: 'custom', label, url } }] } },
      { slug: 'footer', body: { newsletterUrl: url } },
      { slug: 'studio', body: { name: label } },
    ).map(({ slug, body }) => ({ actor: who, door: 'rest' as const, method: 'POST' as const, path: `/globals/${slug}`, body: JSON.stringify(body), contentType: JSON_TYPE, writes: true })),
  )

const hostileRequest = fc.oneof(
  { weight: 5, arbitrary: hostileWrite },
  { weight: 1, arbitrary: brokenBody },
  { weight: 3, arbitrary: hostileRead },
  { weight: 1, arbitrary: hostileDelete },
  { weight: 1, arbitrary: hostileGlobal },
)

/** An accepted article with hostile text: what the site and feeds make of it is text, not markup. */
function expectNoLiveMarkup(doc: { content?: unknown }) {
  const html = richTextToFeedHtml(doc.content as never)
  expect(html).not.toMatch(LIVE_UNSAFE_HREF)
  expect(html).not.toMatch(/<(script|img|svg|iframe)\b/i)
}

beforeAll(async () => {
  payload = await startPayload()
  await prepareFixtures(payload)
  for (const slug of COLLECTIONS) existing[slug] = (await seedDoc(payload, slug, 'published')).id
  run = new HostileRun(payload, 'rest', RUNS)
  await run.signIn()
}, 60_000)
afterAll(async () => {
  // Written on failure too: scripts/fuzz.ts prints the figures either way.
  run?.finish()
  await closePayload(payload)
})

describe('REST under hostile input', () => {
  it(`${RUNS} generated requests (seed ${FUZZ_SEED}): no 5xx, every refusal says why, refused writes change nothing, no live markup`, async () => {
    await fc.assert(
      fc.asyncProperty(hostileRequest, async (request) => {
        const answer = await run.send(request)
        const doc = (answer.json as { doc?: { content?: unknown } } | null)?.doc
        if (answer.status < 300 && doc && request.path.startsWith('/articles')) expectNoLiveMarkup(doc)
      }),
      { seed: FUZZ_SEED, numRuns: RUNS, endOnFailure: true },
    )
    const figures = run.figures
    expect(figures.serverErrors).toBe(0)
    expect(figures.requests).toBeGreaterThanOrEqual(Math.min(RUNS, 500))
  }, 600_000)
})
