import { defineFacets, type Counts, type Filters } from '../model/facets'
import { requestedPage, withPage } from '../model/pagination'
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
 * Filtered library pages kept in the full-route cache: at most this many chosen values and
 * pages, so that no crawler can fill the cache (465 combinations of up to two of the 30
 * values, five pages each: at most 2,325 entries) while the usual picks are all covered.
 * Anything rarer renders per request, as before.
 */
const CACHED_FILTER_VALUES = 2
const CACHED_FILTER_PAGES = 5

type QueryParams = Record<string, string | string[] | undefined>

/** URLSearchParams as the record pages get from Next (repeated keys become arrays). */
export function queryRecord(search: URLSearchParams): QueryParams {
  const record: QueryParams = {}
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key)
    record[key] = values.length === 1 ? values[0] : values
  }
  return record
}

/**
 * The canonical query of a library URL we cache ("area=hips&level=beginner", known values
 * only, in a stable order, with the page; "" for the first page without filters), or null
 * when it has too many values or pages to keep.
 */
export function cacheableLibraryQuery(search: URLSearchParams): string | null {
  const params = queryRecord(search)
  const filters = parseFilters(params)
  const chosen = Object.values<string[]>(filters).reduce((sum, values) => sum + values.length, 0)
  const page = requestedPage(params.page)
  if (chosen > CACHED_FILTER_VALUES || page > CACHED_FILTER_PAGES) return null
  return withPage(filtersToQuery(filters), page).replace(/^\?/, '')
}
