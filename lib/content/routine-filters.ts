import { defineFacets, type Counts, type Filters } from '../model/facets'
import { BODY_AREAS, LEVELS } from '../model/taxonomy'

/** How long a routine takes, in the buckets a visitor picks from. */
export const ROUTINE_LENGTHS = [
  { value: 'short', label: 'Up to 10 min', matches: (minutes: number) => minutes <= 10 },
  { value: 'medium', label: '11 to 20 min', matches: (minutes: number) => minutes > 10 && minutes <= 20 },
  { value: 'long', label: 'Over 20 min', matches: (minutes: number) => minutes > 20 },
] as const

export type FilterableRoutine = { bodyAreas?: string[] | null; level: string; totalSeconds?: number | null }

const routineFacets = defineFacets<FilterableRoutine, 'area' | 'level' | 'length'>([
  { key: 'area', label: 'Body area', options: BODY_AREAS, valuesOf: (routine) => routine.bodyAreas ?? [] },
  { key: 'level', label: 'Level', options: LEVELS, valuesOf: (routine) => [routine.level] },
  {
    key: 'length',
    label: 'Length',
    options: ROUTINE_LENGTHS.map(({ value, label }) => ({ value, label })),
    valuesOf: (routine) => {
      const minutes = Math.round((routine.totalSeconds ?? 0) / 60)
      return ROUTINE_LENGTHS.filter((bucket) => bucket.matches(minutes)).map((bucket) => bucket.value)
    },
  },
])

export const ROUTINE_FILTER_GROUPS = routineFacets.groups
export type RoutineFilterKey = (typeof ROUTINE_FILTER_GROUPS)[number]['key']
export type RoutineFilters = Filters<RoutineFilterKey>
export type RoutineFacetCounts = Counts<RoutineFilterKey>

export const parseRoutineFilters = routineFacets.parse
export const applyRoutineFilters = routineFacets.apply
export const hasActiveRoutineFilters = routineFacets.hasActive

/** Common choices are served from the full-route cache (proxy.ts): up to two of the 17 values, 153 entries. */
export const cacheableRoutineQuery = (search: URLSearchParams) => routineFacets.cacheableQuery(search, { values: 2, pages: 1 })
