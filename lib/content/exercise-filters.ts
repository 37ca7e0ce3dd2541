import { defineFacets, type Counts, type Filters } from '../model/facets'
import { BODY_AREAS, EQUIPMENT, LEVELS, POSITIONS } from '../model/taxonomy'

/** The exercise library's filters (lib/model/facets.ts does the work). */
export const DURATIONS = [
  { value: 'quick', label: 'Up to 3 min', matches: (minutes: number) => minutes <= 3 },
  { value: 'medium', label: '4 to 5 min', matches: (minutes: number) => minutes >= 4 && minutes <= 5 },
  { value: 'long', label: '6 min or more', matches: (minutes: number) => minutes >= 6 },
] as const

export type FilterableExercise = {
  bodyAreas?: string[] | null
  equipment?: string[] | null
  level: string
  position: string
  durationMinutes: number
}

const exerciseFacets = defineFacets<FilterableExercise, 'area' | 'equipment' | 'level' | 'position' | 'duration'>([
  { key: 'area', label: 'Body area', options: BODY_AREAS, valuesOf: (exercise) => exercise.bodyAreas ?? [] },
  { key: 'equipment', label: 'Equipment', options: EQUIPMENT, valuesOf: (exercise) => exercise.equipment ?? [] },
  { key: 'level', label: 'Level', options: LEVELS, valuesOf: (exercise) => [exercise.level] },
  { key: 'position', label: 'Position', options: POSITIONS, valuesOf: (exercise) => [exercise.position] },
  {
    key: 'duration',
    label: 'Duration',
    options: DURATIONS.map(({ value, label }) => ({ value, label })),
    valuesOf: (exercise) => DURATIONS.filter((bucket) => bucket.matches(exercise.durationMinutes)).map((bucket) => bucket.value),
  },
])

export const FILTER_GROUPS = exerciseFacets.groups
export type FilterKey = (typeof FILTER_GROUPS)[number]['key']
export type ExerciseFilters = Filters<FilterKey>
export type FacetCounts = Counts<FilterKey>

export const parseFilters = exerciseFacets.parse
export const filtersToQuery = exerciseFacets.toQuery
export const applyFilters = exerciseFacets.apply
export const hasActiveFilters = exerciseFacets.hasActive

/**
 * Common choices are served from the full-route cache (proxy.ts): 465 combinations of up
 * to two of the 30 values, five pages each, at most 2,325 entries.
 */
export const cacheableLibraryQuery = (search: URLSearchParams) => exerciseFacets.cacheableQuery(search, { values: 2, pages: 5 })
