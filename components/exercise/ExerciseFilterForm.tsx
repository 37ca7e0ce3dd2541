import Link from 'next/link'

import { FILTER_GROUPS, hasActiveFilters, type ExerciseFilters, type FacetCounts } from '@/lib/content/exercise-filters'
import { routes } from '@/lib/model/routes'

import { AutoSubmitFilters } from './AutoSubmitFilters'

const FORM_ID = 'exercise-filters'

type Props = { filters: ExerciseFilters; counts: FacetCounts }

/** Filters as a plain GET form: works without JavaScript, shareable URLs, counts per value. */
export function ExerciseFilterForm({ filters, counts }: Props) {
  return (
    <form id={FORM_ID} action={routes.exercises()} method="get" aria-label="Filter exercises" className="space-y-6">
      {FILTER_GROUPS.map((group) => (
        <fieldset key={group.key}>
          <legend className="text-sm font-bold uppercase tracking-wider text-ink-muted">{group.label}</legend>
          <ul className="mt-2 space-y-1">
            {group.options.map((option) => {
              const id = `filter-${group.key}-${option.value}`
              const count = counts[group.key][option.value] ?? 0
              const checked = filters[group.key].includes(option.value)
              return (
                <li key={option.value}>
                  <label htmlFor={id} className="flex min-h-8 cursor-pointer items-center gap-3 rounded-lg px-2 py-1 text-sm hover:bg-sand-100">
                    <input
                      id={id}
                      type="checkbox"
                      name={group.key}
                      value={option.value}
                      defaultChecked={checked}
                      className="h-5 w-5 accent-clay-dark"
                    />
                    <span className="flex-1">{option.label}</span>
                    <span className="tabular-nums text-ink-muted" aria-label={`${count} ${count === 1 ? 'exercise' : 'exercises'}`}>
                      {count}
                    </span>
                  </label>
                </li>
              )
            })}
          </ul>
        </fieldset>
      ))}
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="inline-flex min-h-11 items-center rounded-full bg-clay-dark px-6 text-sm font-semibold text-sand-50 hover:bg-clay">
          Show exercises
        </button>
        {hasActiveFilters(filters) ? (
          <Link href={routes.exercises()} className="inline-flex min-h-11 items-center text-sm font-semibold text-clay-dark underline underline-offset-4">
            Clear all filters
          </Link>
        ) : null}
      </div>
      <AutoSubmitFilters formId={FORM_ID} />
    </form>
  )
}
