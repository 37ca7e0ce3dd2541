import { BODY_AREAS, EQUIPMENT, LEVELS, POSITIONS } from '../model/taxonomy'

/**
 * The exercise library's filters: parsed from and written to the URL query, applied
 * in memory, with a count per value. Pure functions: shared by the page and tests.
 */
export const DURATIONS = [
  { value: 'quick', label: 'Up to 3 min', matches: (minutes: number) => minutes <= 3 },
  { value: 'medium', label: '4 to 5 min', matches: (minutes: number) => minutes >= 4 && minutes <= 5 },
  { value: 'long', label: '6 min or more', matches: (minutes: number) => minutes >= 6 },
] as const

export const FILTER_GROUPS = [
  { key: 'area', label: 'Body area', options: BODY_AREAS },
  { key: 'equipment', label: 'Equipment', options: EQUIPMENT },
  { key: 'level', label: 'Level', options: LEVELS },
  { key: 'position', label: 'Position', options: POSITIONS },
  { key: 'duration', label: 'Duration', options: DURATIONS.map(({ value, label }) => ({ value, label })) },
] as const

export type FilterKey = (typeof FILTER_GROUPS)[number]['key']
export type ExerciseFilters = Record<FilterKey, string[]>

export type FilterableExercise = {
  bodyAreas?: string[] | null
  equipment?: string[] | null
  level: string
  position: string
  durationMinutes: number
}

type SearchParams = Record<string, string | string[] | undefined>

/** Reads ?area=hips&area=core&level=beginner ..., keeping only known values. */
export function parseFilters(params: SearchParams): ExerciseFilters {
  const filters = {} as ExerciseFilters
  for (const group of FILTER_GROUPS) {
    const raw = params[group.key]
    const values = (Array.isArray(raw) ? raw : raw ? [raw] : []).flatMap((value) => value.split(','))
    const known = new Set<string>(group.options.map((option) => option.value))
    filters[group.key] = [...new Set(values.filter((value) => known.has(value)))]
  }
  return filters
}

/** The query string for a set of filters, in a stable order (shareable, cache-friendly). */
export function filtersToQuery(filters: Partial<ExerciseFilters>): string {
  const params = new URLSearchParams()
  for (const group of FILTER_GROUPS) {
    for (const value of [...(filters[group.key] ?? [])].sort()) params.append(group.key, value)
  }
  const query = params.toString()
  return query ? `?${query}` : ''
}

function valuesOf(exercise: FilterableExercise, key: FilterKey): string[] {
  switch (key) {
    case 'area':
      return exercise.bodyAreas ?? []
    case 'equipment':
      return exercise.equipment ?? []
    case 'level':
      return [exercise.level]
    case 'position':
      return [exercise.position]
    case 'duration':
      return DURATIONS.filter((bucket) => bucket.matches(exercise.durationMinutes)).map((bucket) => bucket.value)
  }
}

/** Within a group values widen (OR); across groups they narrow (AND). */
function matches(exercise: FilterableExercise, filters: ExerciseFilters, except?: FilterKey): boolean {
  return FILTER_GROUPS.every(({ key }) => {
    if (key === except || filters[key].length === 0) return true
    const values = valuesOf(exercise, key)
    return filters[key].some((wanted) => values.includes(wanted))
  })
}

export type FacetCounts = Record<FilterKey, Record<string, number>>

/**
 * The exercises that match, and for every filter value how many would match if it
 * were chosen too (counted with the other groups applied, the usual faceted search).
 */
export function applyFilters<T extends FilterableExercise>(exercises: T[], filters: ExerciseFilters): { results: T[]; counts: FacetCounts } {
  const counts = {} as FacetCounts
  for (const group of FILTER_GROUPS) {
    counts[group.key] = Object.fromEntries(group.options.map((option) => [option.value, 0]))
    for (const exercise of exercises) {
      if (!matches(exercise, filters, group.key)) continue
      for (const value of valuesOf(exercise, group.key)) if (value in counts[group.key]) counts[group.key][value]++
    }
  }
  return { results: exercises.filter((exercise) => matches(exercise, filters)), counts }
}

export const hasActiveFilters = (filters: ExerciseFilters) => FILTER_GROUPS.some(({ key }) => filters[key].length > 0)
