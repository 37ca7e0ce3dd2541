import type { Metadata } from 'next'
import Link from 'next/link'

import { ExerciseGrid } from '@/components/exercise/ExerciseCard'
import { ExerciseFilterForm } from '@/components/exercise/ExerciseFilterForm'
import { Container } from '@/components/ui/Container'
import { Pagination } from '@/components/ui/Pagination'
import { applyFilters, filtersToQuery, hasActiveFilters, parseFilters } from '@/lib/content/exercise-filters'
import { listExerciseCardsByIds, listExerciseFacetData } from '@/lib/content/exercises'
import { pageOf, requestedPage, withPage } from '@/lib/model/pagination'
import { routes } from '@/lib/model/routes'
import { pageMetadata } from '@/lib/seo/metadata'

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    title: 'Exercise library',
    description: 'Gentle, low-impact mobility exercises with a small ball, a mat or nothing at all, filtered by body area, level and time.',
    path: routes.exercises(),
  })
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** Cards per page: a large library stays a light page (the counts still cover every match). */
const EXERCISES_PER_PAGE = 24

export default async function ExercisesPage({ searchParams }: Props) {
  const params = await searchParams
  const filters = parseFilters(params)
  const exercises = await listExerciseFacetData()
  const { results, counts } = applyFilters(exercises, filters)
  const filtered = hasActiveFilters(filters)
  const shown = pageOf(results, requestedPage(params.page), EXERCISES_PER_PAGE)
  const cards = await listExerciseCardsByIds(shown.items.map((exercise) => exercise.id))

  return (
    <Container className="py-14">
      <header className="max-w-2xl">
        <p className="eyebrow">Exercise library</p>
        <h1 className="mt-2 page-title">Move a little, every day</h1>
        <p className="mt-4 lede">
          Short, low-impact exercises for the hips, back, core and more. Choose what you need; every exercise explains the dose, the breath and who should skip it.
        </p>
      </header>
      <div className="mt-12 grid gap-12 lg:grid-cols-[16rem_1fr]">
        <aside>
          <h2 className="sr-only">Filters</h2>
          <ExerciseFilterForm filters={filters} counts={counts} />
        </aside>
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" className="mb-6 text-sm font-semibold text-ink-muted" aria-live="polite">
            {results.length === exercises.length
              ? `All ${exercises.length} exercises`
              : `${results.length} of ${exercises.length} exercises match`}
          </h2>
          {results.length ? (
            <>
              <ExerciseGrid exercises={cards} headingLevel="h3" />
              <Pagination
                page={shown.page}
                totalPages={shown.totalPages}
                hrefFor={(page) => `${routes.exercises()}${withPage(filtersToQuery(filters), page)}`}
                label="Exercise pages"
                previousLabel="Previous"
                nextLabel="Next"
              />
            </>
          ) : (
            <div className="rounded-2xl bg-sand-100 p-10 text-center">
              <p className="font-serif text-2xl">No exercise matches all of these</p>
              <p className="mt-2 text-ink-muted">
                Try removing a filter{filtered ? ', or ' : '.'}
                {filtered ? (
                  <Link href={routes.exercises()} className="text-clay-dark underline">
                    clear all filters
                  </Link>
                ) : null}
                {filtered ? '.' : null}
              </p>
            </div>
          )}
        </section>
      </div>
    </Container>
  )
}
