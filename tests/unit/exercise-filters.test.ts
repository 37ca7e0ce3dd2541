import { describe, expect, it } from '@jest/globals'

import {
  applyFilters,
  cacheableLibraryQuery,
  FILTER_GROUPS,
  filtersToQuery,
  hasActiveFilters,
  parseFilters,
  type ExerciseFilters,
  type FilterableExercise,
} from '@/lib/content/exercise-filters'
import { cacheableRoutineQuery } from '@/lib/content/routine-filters'
import { twinSearchParams } from '@/lib/model/facets'

type Fixture = FilterableExercise & { name: string }

/*
 * Six small exercises. Duration buckets: quick <= 3, medium 4-5, long >= 6 minutes.
 *
 *   name        areas               equipment          level         position   min  bucket
 *   bridge      hips, glutes        mat                beginner      lying      3    quick
 *   ball-squeeze hips               small-ball, mat    intermediate  lying      5    medium
 *   dead-bug    core                none               beginner      seated     4    medium
 *   swimming    lower-back, core    mat                advanced      prone      6    long
 *   wall-angels shoulders           wall               beginner      standing   2    quick
 *   body-scan   (none)              (none)             beginner      lying      10   long
 */
const exercises: Fixture[] = [
  { name: 'bridge', bodyAreas: ['hips', 'glutes'], equipment: ['mat'], level: 'beginner', position: 'lying', durationMinutes: 3 },
  { name: 'ball-squeeze', bodyAreas: ['hips'], equipment: ['small-ball', 'mat'], level: 'intermediate', position: 'lying', durationMinutes: 5 },
  { name: 'dead-bug', bodyAreas: ['core'], equipment: ['none'], level: 'beginner', position: 'seated', durationMinutes: 4 },
  { name: 'swimming', bodyAreas: ['lower-back', 'core'], equipment: ['mat'], level: 'advanced', position: 'prone', durationMinutes: 6 },
  { name: 'wall-angels', bodyAreas: ['shoulders'], equipment: ['wall'], level: 'beginner', position: 'standing', durationMinutes: 2 },
  { name: 'body-scan', bodyAreas: null, equipment: null, level: 'beginner', position: 'lying', durationMinutes: 10 },
]

const none: ExerciseFilters = { area: [], equipment: [], level: [], position: [], duration: [] }
const filters = (partial: Partial<ExerciseFilters>): ExerciseFilters => ({ ...none, ...partial })
const names = (list: Fixture[]) => list.map((exercise) => exercise.name)

/** Only the values with a non-zero count, to keep expectations readable. */
const nonZero = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).filter(([, count]) => count > 0))

/** What a Next page receives as searchParams for a query string. */
function searchParamsOf(query: string): Record<string, string | string[]> {
  const params = new URLSearchParams(query)
  return Object.fromEntries([...new Set(params.keys())].map((key) => [key, params.getAll(key)]))
}

describe('parseFilters', () => {
  it('reads single, repeated and comma-separated values', () => {
    expect(parseFilters({ area: 'hips', equipment: ['mat', 'wall'], level: 'beginner,advanced' })).toEqual({
      area: ['hips'],
      equipment: ['mat', 'wall'],
      level: ['beginner', 'advanced'],
      position: [],
      duration: [],
    })
  })

  it('drops unknown values, unknown keys and duplicates', () => {
    expect(
      parseFilters({ area: ['hips,elbows', 'hips', 'core'], level: 'expert', duration: ['quick', 'quick,forever'], sort: 'name', position: undefined }),
    ).toEqual({ area: ['hips', 'core'], equipment: [], level: [], position: [], duration: ['quick'] })
  })

  it('gives empty groups for an empty query', () => {
    expect(parseFilters({})).toEqual(none)
    expect(hasActiveFilters(parseFilters({}))).toBe(false)
    expect(hasActiveFilters(parseFilters({ position: 'lying' }))).toBe(true)
  })
})

describe('filtersToQuery', () => {
  it('writes groups in a fixed order and values sorted, whatever order they were chosen in', () => {
    const query = '?area=core&area=hips&equipment=mat&level=beginner&duration=quick'
    expect(filtersToQuery({ duration: ['quick'], level: ['beginner'], equipment: ['mat'], area: ['hips', 'core'] })).toBe(query)
    expect(filtersToQuery({ area: ['core', 'hips'], equipment: ['mat'], level: ['beginner'], duration: ['quick'] })).toBe(query)
  })

  it('does not reorder the caller’s arrays', () => {
    const area = ['hips', 'core']
    filtersToQuery({ area })
    expect(area).toEqual(['hips', 'core'])
  })

  it('is empty without filters, so the plain page URL is used', () => {
    expect(filtersToQuery(none)).toBe('')
    expect(filtersToQuery({})).toBe('')
  })

  it('round-trips through parseFilters', () => {
    const chosen = filters({ area: ['lower-back', 'hips'], equipment: ['resistance-band'], position: ['all-fours', 'side-lying'], duration: ['long', 'quick'] })
    const parsed = parseFilters(searchParamsOf(filtersToQuery(chosen)))
    expect(parsed).toEqual({
      area: ['hips', 'lower-back'],
      equipment: ['resistance-band'],
      level: [],
      position: ['all-fours', 'side-lying'],
      duration: ['long', 'quick'],
    })
    expect(filtersToQuery(parsed)).toBe(filtersToQuery(chosen))
  })
})

describe('applyFilters', () => {
  it('returns everything, with a count for every value of every group, when nothing is chosen', () => {
    const { results, counts } = applyFilters(exercises, none)
    expect(names(results)).toEqual(names(exercises))
    for (const group of FILTER_GROUPS) {
      expect(Object.keys(counts[group.key]).sort()).toEqual(group.options.map((option) => option.value).sort())
    }
    expect(counts.area).toMatchObject({ hips: 2, core: 2, glutes: 1, 'lower-back': 1, shoulders: 1, neck: 0 })
    expect(nonZero(counts.level)).toEqual({ beginner: 4, intermediate: 1, advanced: 1 })
    expect(nonZero(counts.equipment)).toEqual({ mat: 3, 'small-ball': 1, none: 1, wall: 1 })
    expect(nonZero(counts.position)).toEqual({ lying: 3, seated: 1, prone: 1, standing: 1 })
  })

  it('puts durations in buckets: up to 3, 4 to 5, 6 or more minutes', () => {
    // quick: bridge (3), wall-angels (2); medium: ball-squeeze (5), dead-bug (4); long: swimming (6), body-scan (10).
    expect(applyFilters(exercises, none).counts.duration).toEqual({ quick: 2, medium: 2, long: 2 })
    expect(names(applyFilters(exercises, filters({ duration: ['medium'] })).results)).toEqual(['ball-squeeze', 'dead-bug'])
  })

  it('widens within a group (OR)', () => {
    expect(names(applyFilters(exercises, filters({ area: ['hips', 'shoulders'] })).results)).toEqual(['bridge', 'ball-squeeze', 'wall-angels'])
    expect(names(applyFilters(exercises, filters({ duration: ['quick', 'long'] })).results)).toEqual(['bridge', 'swimming', 'wall-angels', 'body-scan'])
  })

  it('narrows across groups (AND)', () => {
    expect(names(applyFilters(exercises, filters({ area: ['hips'], equipment: ['small-ball'] })).results)).toEqual(['ball-squeeze'])
    expect(applyFilters(exercises, filters({ area: ['shoulders'], level: ['advanced'] })).results).toEqual([])
  })

  it('counts each group’s values with the other groups applied', () => {
    const { results, counts } = applyFilters(exercises, filters({ area: ['hips', 'core'], level: ['beginner'] }))
    // hips-or-core AND beginner: bridge and dead-bug.
    expect(names(results)).toEqual(['bridge', 'dead-bug'])
    // Area counts ignore the area choice but apply level=beginner: bridge, dead-bug, wall-angels, body-scan.
    expect(nonZero(counts.area)).toEqual({ hips: 1, glutes: 1, core: 1, shoulders: 1 })
    // Level counts ignore the level choice but apply area=hips|core: bridge, ball-squeeze, dead-bug, swimming.
    expect(nonZero(counts.level)).toEqual({ beginner: 2, intermediate: 1, advanced: 1 })
    // The other groups apply both choices: bridge and dead-bug.
    expect(nonZero(counts.equipment)).toEqual({ mat: 1, none: 1 })
    expect(nonZero(counts.position)).toEqual({ lying: 1, seated: 1 })
    expect(counts.duration).toEqual({ quick: 1, medium: 1, long: 0 })
  })

  it('promises exactly as many results as a value’s count when that value is chosen', () => {
    const base = filters({ level: ['beginner'] })
    const { counts } = applyFilters(exercises, base)
    for (const [area, count] of Object.entries(counts.area)) {
      expect([area, applyFilters(exercises, { ...base, area: [area] }).results.length]).toEqual([area, count])
    }
  })

  it('returns the caller’s own objects', () => {
    const { results } = applyFilters(exercises, filters({ position: ['standing'] }))
    expect(results).toEqual([exercises[4]])
    expect(results[0]).toBe(exercises[4])
  })
})

describe('which library URLs are served from the full-route cache (proxy.ts)', () => {
  const query = (search: string) => cacheableLibraryQuery(new URLSearchParams(search))

  it('gives one canonical query per choice, whatever the order, duplicates or unknown values', () => {
    expect(query('level=beginner&area=hips')).toBe('area=hips&level=beginner')
    expect(query('area=hips&level=beginner')).toBe('area=hips&level=beginner')
    expect(query('area=hips&area=hips&colour=red&area=nope')).toBe('area=hips')
    expect(query('area=hips&page=3')).toBe('area=hips&page=3')
    expect(query('area=hips&page=1')).toBe('area=hips')
  })

  it('sends a library without known filters to the prerendered page', () => {
    expect(query('')).toBe('')
    expect(query('area=nope&utm_source=mail')).toBe('')
    expect(query('page=2')).toBe('page=2')
  })

  it('leaves rare choices to a per-request render, so the cache stays bounded', () => {
    expect(query('area=hips&level=beginner&position=lying')).toBeNull()
    expect(query('area=hips&area=core&area=spine')).toBeNull()
    expect(query('area=hips&page=6')).toBeNull()
  })
})

describe('the cached twin pages', () => {
  it('take only the canonical query that proxy.ts sends them', () => {
    expect(twinSearchParams(encodeURIComponent('area=hips&level=beginner'), cacheableLibraryQuery)).toEqual({ area: 'hips', level: 'beginner' })
    expect(twinSearchParams('area=hips&level=beginner', cacheableLibraryQuery)).toEqual({ area: 'hips', level: 'beginner' })
    expect(twinSearchParams(encodeURIComponent('level=beginner&area=hips'), cacheableLibraryQuery)).toBeNull()
    expect(twinSearchParams(encodeURIComponent('area=nope'), cacheableLibraryQuery)).toBeNull()
    expect(twinSearchParams('%E0%A4%A', cacheableLibraryQuery)).toBeNull()
  })

  it('keep routines to their own filters and a single page', () => {
    expect(cacheableRoutineQuery(new URLSearchParams('level=beginner&area=hips'))).toBe('area=hips&level=beginner')
    expect(cacheableRoutineQuery(new URLSearchParams('length=short&equipment=mat'))).toBe('length=short')
    expect(cacheableRoutineQuery(new URLSearchParams('area=hips&page=2'))).toBeNull()
  })
})
