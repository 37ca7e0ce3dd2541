import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { Payload } from 'payload'

import { FILTER_GROUPS, parseFilters } from '@/lib/content/exercise-filters'
import { parseRoutineFilters, ROUTINE_FILTER_GROUPS } from '@/lib/content/routine-filters'
import { MAX_QUERY_LENGTH, searchSite } from '@/lib/content/search'
import { pageWindow } from '@/lib/model/pagination'
import { resolveShareToken } from '@/lib/preview/session'

import { validData } from '../helpers/fixtures'
import { hostileString, HUGE_NUMBERS } from '../helpers/hostile-inputs'
import { FUZZ_SEED, fuzzRuns } from '../helpers/hostile-run'
import { closePayload, startPayload } from '../helpers/payload'

/**
 * The site's query strings with generated hostile input: the search (q, type, page),
 * the library filters, pagination and share tokens. Each must answer, never throw.
 */

const RUNS = fuzzRuns(200)
let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
  await payload.create({ collection: 'articles', data: { ...validData.articles(), title: 'Hip mobility basics', _status: 'published' } as never })
})
afterAll(async () => {
  await closePayload(payload)
})

const pageNumber = fc.oneof(fc.constantFrom(...HUGE_NUMBERS, Number.NaN, Infinity, -Infinity), fc.integer(), fc.double())
const param = fc.oneof(hostileString, fc.array(hostileString, { maxLength: 3 }), fc.constant(undefined))

describe('site search', () => {
  it('answers a NUL or control characters in the query (PostgreSQL refused them: a 500)', async () => {
    const results = await searchSite({ query: 'hip\u0000 mobility\u0007' })
    expect(results.total).toBeGreaterThan(0)
  })

  it(`any q, type and page (${RUNS} runs): results, never a throw, the query kept short`, async () => {
    await fc.assert(
      fc.asyncProperty(hostileString, hostileString, pageNumber, async (query, kind, page) => {
        const results = await searchSite({ query, kind, page })
        expect(results.query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH)
        expect(results.page).toBeGreaterThanOrEqual(1)
      }),
      { seed: FUZZ_SEED, numRuns: RUNS },
    )
  }, 120_000)
})

describe('library filters and pagination', () => {
  it('keep only known values, whatever the query string', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('area', 'level', 'position', 'equipment', 'duration', 'length', 'x'), param), (params) => {
        for (const [groups, filters] of [
          [FILTER_GROUPS, parseFilters(params as never)],
          [ROUTINE_FILTER_GROUPS, parseRoutineFilters(params as never)],
        ] as const) {
          for (const group of groups) {
            const known = group.options.map((option) => option.value)
            for (const value of (filters as Record<string, string[]>)[group.key]!) expect(known).toContain(value)
          }
        }
      }),
      { seed: FUZZ_SEED, numRuns: RUNS * 2 },
    )
  })

  it('page links stay within 1..total for any page', () => {
    fc.assert(
      fc.property(pageNumber, fc.integer({ min: 0, max: 5000 }), (page, total) => {
        for (const link of pageWindow(page, total)) if (link !== 'gap') expect(link >= 1 && link <= total).toBe(true)
      }),
      { seed: FUZZ_SEED, numRuns: RUNS * 2 },
    )
  })
})

describe('share tokens', () => {
  it('a forged, cut or hostile token is tampered or unknown, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileString, fc.string({ unit: fc.constantFrom('a', 'Z', '0', '-', '_', '.'), minLength: 16, maxLength: 80 })), async (token) => {
        const { check, document } = await resolveShareToken(payload, token)
        expect(['tampered', 'unknown']).toContain(check)
        expect(document).toBeNull()
      }),
      { seed: FUZZ_SEED, numRuns: RUNS },
    )
  })
})
