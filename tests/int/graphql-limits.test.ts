import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { GRAPHQL_LIMITS } from '@/lib/server/graphql-limits'

import { validData } from '../helpers/fixtures'
import { closePayload, startPayload } from '../helpers/payload'
import { graphql, type GraphqlAnswer } from '../helpers/routes'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
  await payload.create({ collection: 'articles', data: { ...validData.articles(), _status: 'published' } as never })
})
afterAll(async () => {
  await closePayload(payload)
})

const ARTICLE_FIELDS = 'fragment A on Article { id title slug excerpt publishedAt updatedAt createdAt relatedExercises { id name slug summary level position durationMinutes } }'
/** Articles -> exercises -> articles ...: `levels` round trips below docs. */
const nested = (levels: number): string => (levels === 0 ? 'title' : `relatedExercises { relatedArticles { ${nested(levels - 1)} } }`)
const messages = (answer: GraphqlAnswer) => (answer.json.errors ?? []).map((error) => error.message)

/** A refused request: 400, nothing executed, and the reason among the errors. */
function expectRefused(answer: GraphqlAnswer, reason: RegExp) {
  expect(answer.status).toBe(400)
  expect(answer.json.data).toBeUndefined()
  expect(messages(answer)).toEqual(expect.arrayContaining([expect.stringMatching(reason)]))
  expect(answer.headers.get('cache-control')).toBe('private, no-store')
}

describe('GraphQL limits', () => {
  it('still answers a normal query: an article list with images, topics and exercises', async () => {
    const answer = await graphql(`{ Articles(limit: 5) { totalDocs docs { title slug heroImage { url sizes { card { url width } } } topics { name } relatedExercises { name } } } }`)
    expect(answer.json.errors).toBeUndefined()
    expect(answer.status).toBe(200)
    expect((answer.json.data?.Articles as { totalDocs: number }).totalDocs).toBeGreaterThan(0)
  })

  it(`refuses a query deeper than ${GRAPHQL_LIMITS.depth} levels`, async () => {
    const answer = await graphql(`{ Articles { docs { ${nested(5)} } } }`)
    expectRefused(answer, new RegExp(`^Query depth limit of ${GRAPHQL_LIMITS.depth} exceeded, found \\d+\\.$`))
  })

  it(`refuses more than ${GRAPHQL_LIMITS.aliases} aliases`, async () => {
    const aliases = Array.from({ length: GRAPHQL_LIMITS.aliases + 1 }, (_, i) => `a${i}: Articles { totalDocs }`).join(' ')
    expectRefused(await graphql(`{ ${aliases} }`), new RegExp(`^Aliases limit of ${GRAPHQL_LIMITS.aliases} exceeded, found ${GRAPHQL_LIMITS.aliases + 1}\\.$`))
  })

  it(`refuses a query that would cost more than ${GRAPHQL_LIMITS.cost}, though within the depth and alias limits`, async () => {
    const wide = Array.from({ length: 20 }, () => 'relatedExercises { relatedArticles { ...A } }').join(' ')
    const answer = await graphql(`{ Articles { docs { relatedExercises { relatedArticles { ${wide} } } } } } ${ARTICLE_FIELDS}`)
    expectRefused(answer, new RegExp(`^Query Cost limit of ${GRAPHQL_LIMITS.cost} exceeded, found [\\d.]+\\.$`))
    expect(messages(answer).join(' ')).not.toMatch(/depth|Aliases/)
  })

  it(`refuses more than ${GRAPHQL_LIMITS.directives} directives`, async () => {
    const directives = Array.from({ length: GRAPHQL_LIMITS.directives + 1 }, () => '@include(if: true)').join(' ')
    expectRefused(await graphql(`{ Articles { totalDocs ${directives} } }`), new RegExp(`^Directives limit of ${GRAPHQL_LIMITS.directives} exceeded`))
  })

  it(`refuses a document of more than ${GRAPHQL_LIMITS.tokens} tokens before parsing it in full`, async () => {
    const fields = Array.from({ length: GRAPHQL_LIMITS.tokens }, () => 'title').join(' ')
    expectRefused(await graphql(`{ Articles { docs { ${fields} } } }`), new RegExp(`^Token limit of ${GRAPHQL_LIMITS.tokens} exceeded`))
  })

  it('answers 400 to a plain invalid query too, for a client that accepts application/json', async () => {
    expectRefused(await graphql('{ Articles { docs { noSuchField } } }'), /Cannot query field "noSuchField"/)
  })
})
