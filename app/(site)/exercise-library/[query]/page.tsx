import { NotFoundPage } from '@/components/layout/NotFoundPage'
import { cacheableLibraryQuery } from '@/lib/content/exercise-filters'
import { twinSearchParams } from '@/lib/model/facets'

import ExercisesPage from '../../exercises/page'

export { generateMetadata } from '../../exercises/page'

type Props = { params: Promise<{ query: string }> }

/** None at build time: each filtered page is rendered on its first visit, then cached. */
export function generateStaticParams() {
  return []
}

/** /exercises with common filters (proxy.ts rewrites here): the same page, kept in the full-route cache. */
export default async function FilteredExercisesPage({ params }: Props) {
  const searchParams = twinSearchParams((await params).query, cacheableLibraryQuery)
  if (!searchParams) return <NotFoundPage />
  return ExercisesPage({ searchParams: Promise.resolve(searchParams) })
}
