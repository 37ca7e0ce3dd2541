import type { Metadata } from 'next'
import Link from 'next/link'

import { RoutineGrid } from '@/components/routine/RoutineCard'
import { Container } from '@/components/ui/Container'
import { FacetFilterForm } from '@/components/ui/FacetFilterForm'
import { applyRoutineFilters, hasActiveRoutineFilters, parseRoutineFilters, ROUTINE_FILTER_GROUPS } from '@/lib/content/routine-filters'
import { listRoutineCards } from '@/lib/content/routines'
import { routes } from '@/lib/model/routes'
import { pageMetadata } from '@/lib/seo/metadata'

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    title: 'Routines to follow at home',
    description: 'Short guided routines built from our exercise library: press start and follow along, step by step, with the breath.',
    path: routes.routines(),
  })
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function RoutinesPage({ searchParams }: Props) {
  const filters = parseRoutineFilters(await searchParams)
  const routines = await listRoutineCards()
  const { results, counts } = applyRoutineFilters(routines, filters)

  return (
    <Container className="py-14">
      <header className="max-w-2xl">
        <p className="eyebrow">Routines</p>
        <h1 className="mt-2 page-title">What to do at home today</h1>
        <p className="mt-4 lede">
          A few exercises in a calm order, timed for you. Read them through, print them for the mat, or press start and follow along.
        </p>
      </header>
      <div className="mt-12 grid gap-12 lg:grid-cols-[16rem_1fr]">
        <aside>
          <h2 className="sr-only">Filters</h2>
          <FacetFilterForm
            id="routine-filters"
            action={routes.routines()}
            label="Filter routines"
            groups={ROUTINE_FILTER_GROUPS}
            filters={filters}
            counts={counts}
            noun={['routine', 'routines']}
            submitLabel="Show routines"
          />
        </aside>
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" className="mb-6 text-sm font-semibold text-ink-muted" aria-live="polite">
            {results.length === routines.length ? `All ${routines.length} routines` : `${results.length} of ${routines.length} routines match`}
          </h2>
          {results.length ? (
            <RoutineGrid routines={results} headingLevel="h3" />
          ) : (
            <div className="rounded-2xl bg-sand-100 p-10 text-center">
              <p className="font-serif text-2xl">No routine matches all of these</p>
              <p className="mt-2 text-ink-muted">
                {hasActiveRoutineFilters(filters) ? (
                  <>
                    Try removing a filter, or{' '}
                    <Link href={routes.routines()} className="text-clay-dark underline">
                      clear all filters
                    </Link>
                    .
                  </>
                ) : (
                  'New routines are on their way; the exercise library has plenty to try meanwhile.'
                )}
              </p>
            </div>
          )}
        </section>
      </div>
    </Container>
  )
}
