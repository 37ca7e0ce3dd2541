import ExercisesPage from '../exercises/page'

export { generateMetadata } from '../exercises/page'

/** /exercises without filters (proxy.ts rewrites here): the same page, prerendered, since no query is read. */
export default function UnfilteredExercisesPage() {
  return ExercisesPage({ searchParams: Promise.resolve({}) })
}
