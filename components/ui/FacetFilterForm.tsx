import Link from 'next/link'
import { Suspense } from 'react'

import type { Counts, FacetOption, Filters } from '@/lib/model/facets'

import { AutoSubmitFilters } from './AutoSubmitFilters'

type Props<Key extends string> = {
  /** The form's id, for the auto-submit enhancement. */
  id: string
  /** The listing's path: the form GETs it with the chosen values. */
  action: string
  label: string
  groups: readonly { key: Key; label: string; options: readonly FacetOption[] }[]
  filters: Filters<Key>
  counts: Counts<Key>
  /** What is counted, e.g. ['exercise', 'exercises']. */
  noun: readonly [string, string]
  submitLabel: string
}

/** Filters as a plain GET form: works without JavaScript, shareable URLs, counts per value. */
export function FacetFilterForm<Key extends string>({ id, action, label, groups, filters, counts, noun, submitLabel }: Props<Key>) {
  const active = groups.some((group) => filters[group.key].length > 0)
  return (
    <form id={id} action={action} method="get" aria-label={label} className="space-y-6">
      {groups.map((group) => (
        <fieldset key={group.key}>
          <legend className="text-sm font-bold uppercase tracking-wider text-ink-muted">{group.label}</legend>
          <ul className="mt-2 space-y-1">
            {group.options.map((option) => {
              const inputId = `${id}-${group.key}-${option.value}`
              const count = counts[group.key][option.value] ?? 0
              return (
                <li key={option.value}>
                  <label htmlFor={inputId} className="flex min-h-8 cursor-pointer items-center gap-3 rounded-lg px-2 py-1 text-sm hover:bg-sand-100">
                    <input
                      id={inputId}
                      type="checkbox"
                      name={group.key}
                      value={option.value}
                      defaultChecked={filters[group.key].includes(option.value)}
                      className="h-5 w-5 accent-clay-dark"
                    />
                    <span className="flex-1">{option.label}</span>
                    <span className="tabular-nums text-ink-muted" aria-label={`${count} ${count === 1 ? noun[0] : noun[1]}`}>
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
          {submitLabel}
        </button>
        {active ? (
          <Link href={action} className="inline-flex min-h-11 items-center text-sm font-semibold text-clay-dark underline underline-offset-4">
            Clear all filters
          </Link>
        ) : null}
      </div>
      {/* It reads the URL's query: on a prerendered listing that waits for the browser. */}
      <Suspense fallback={null}>
        <AutoSubmitFilters formId={id} />
      </Suspense>
    </form>
  )
}
