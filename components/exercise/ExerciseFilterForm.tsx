import { FacetFilterForm } from '@/components/ui/FacetFilterForm'
import { FILTER_GROUPS, type ExerciseFilters, type FacetCounts } from '@/lib/content/exercise-filters'
import { routes } from '@/lib/model/routes'

/** The exercise library's filters: body area, equipment, level, position and duration. */
export function ExerciseFilterForm({ filters, counts }: { filters: ExerciseFilters; counts: FacetCounts }) {
  return (
    <FacetFilterForm
      id="exercise-filters"
      action={routes.exercises()}
      label="Filter exercises"
      groups={FILTER_GROUPS}
      filters={filters}
      counts={counts}
      noun={['exercise', 'exercises']}
      submitLabel="Show exercises"
    />
  )
}
