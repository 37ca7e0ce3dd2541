import { NotFoundPage } from '@/components/layout/NotFoundPage'
import { cacheableRoutineQuery } from '@/lib/content/routine-filters'
import { twinSearchParams } from '@/lib/model/facets'

import RoutinesPage from '../../routines/page'

export { generateMetadata } from '../../routines/page'

type Props = { params: Promise<{ query: string }> }

/** None at build time: each filtered page is rendered on its first visit, then cached. */
export function generateStaticParams() {
  return []
}

/** /routines with common filters (proxy.ts rewrites here): the same page, kept in the full-route cache. */
export default async function FilteredRoutinesPage({ params }: Props) {
  const searchParams = twinSearchParams((await params).query, cacheableRoutineQuery)
  if (!searchParams) return <NotFoundPage />
  return RoutinesPage({ searchParams: Promise.resolve(searchParams) })
}
