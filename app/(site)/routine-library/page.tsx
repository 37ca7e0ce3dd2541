import RoutinesPage from '../routines/page'

export { generateMetadata } from '../routines/page'

/** /routines without filters (proxy.ts rewrites here): the same page, prerendered, since no query is read. */
export default function UnfilteredRoutinesPage() {
  return RoutinesPage({ searchParams: Promise.resolve({}) })
}
