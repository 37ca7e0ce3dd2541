import { notFound } from 'next/navigation'

import { cacheableLibraryQuery, queryRecord } from '@/lib/content/exercise-filters'

import ExercisesPage from '../../exercises/page'

export { generateMetadata } from '../../exercises/page'

type Props = { params: Promise<{ query: string }> }

/** None at build time: each filtered page is rendered on its first visit, then cached (proxy.ts). */
export function generateStaticParams() {
  return []
}

/** /exercises with common filters (proxy.ts rewrites here): the same page, kept in the full-route cache. */
export default async function FilteredExercisesPage({ params }: Props) {
  const search = new URLSearchParams(decodeURIComponent((await params).query))
  // Only canonical queries are cached pages; proxy.ts never rewrites to anything else.
  if (cacheableLibraryQuery(search) !== search.toString()) notFound()
  return ExercisesPage({ searchParams: Promise.resolve(queryRecord(search)) })
}
