import type { Metadata } from 'next'
import Link from 'next/link'

import { SearchField } from '@/components/search/SearchField'
import { SearchIcon } from '@/components/search/SearchIcon'
import { KIND_LABELS, SearchResultList } from '@/components/search/SearchResultList'
import { Container } from '@/components/ui/Container'
import { Pagination } from '@/components/ui/Pagination'
import { routes } from '@/lib/model/routes'
import { RESULTS_PER_PAGE, SEARCH_KINDS, searchSite } from '@/lib/content/search'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? ''

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = first((await searchParams).q).trim()
  return {
    title: query ? `Search: ${query.slice(0, 60)}` : 'Search',
    description: 'Search the B The Method journal, exercise library and classes.',
    alternates: { canonical: routes.search() },
    // Result pages are endless and thin: keep them out of search engines, follow their links.
    robots: { index: false, follow: true },
  }
}

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams
  const results = await searchSite({ query: first(params.q), kind: first(params.type), page: Number(first(params.page)) || 1 })
  const { query, kind, hits, total, page, totalPages, countsByKind, suggestion } = results
  const overall = SEARCH_KINDS.reduce((sum, entry) => sum + countsByKind[entry], 0)

  return (
    <Container className="py-14">
      <header className="max-w-2xl">
        <h1 className="page-title">Search</h1>
        <p className="mt-3 text-lg text-ink-muted">Articles, exercises and classes, all in one place.</p>
      </header>

      <form role="search" action={routes.search()} method="get" className="mt-8 flex max-w-2xl gap-2">
        <SearchField id="search-query" defaultValue={query} placeholder="Try “hip mobility” or “breath”" className="h-12 min-w-0 flex-1 rounded-full px-5 text-base" />
        {kind ? <input type="hidden" name="type" value={kind} /> : null}
        <button type="submit" className="inline-flex h-12 items-center gap-2 rounded-full bg-ink px-6 text-sm font-semibold text-sand-50 hover:bg-moss">
          <SearchIcon />
          Search
        </button>
      </form>

      {!query ? (
        <section aria-labelledby="start-heading" className="mt-12 max-w-2xl rounded-2xl bg-sand-100 p-8">
          <h2 id="start-heading" className="font-serif text-2xl">What would you like to find?</h2>
          <p className="mt-2 text-ink-muted">Search by body area, a feeling or an exercise name. A few places to start:</p>
          <ul className="mt-4 flex flex-wrap gap-2">
            {['hip mobility', 'lower back', 'breath', 'posture', 'core'].map((example) => (
              <li key={example}>
                <Link href={routes.search({ q: example })} className="inline-flex min-h-11 items-center rounded-full bg-sand-50 px-4 text-sm font-semibold text-ink ring-1 ring-sand-200 hover:ring-moss">
                  {example}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <section aria-labelledby="results-heading" className="mt-10">
          <h2 id="results-heading" className="text-sm font-semibold text-ink-muted" aria-live="polite">
            {total
              ? `${total} ${total === 1 ? 'result' : 'results'} for “${query}”${kind ? ` in ${KIND_LABELS[kind].many.toLowerCase()}` : ''}`
              : `No results for “${query}”${kind ? ` in ${KIND_LABELS[kind].many.toLowerCase()}` : ''}`}
          </h2>

          {suggestion ? (
            <p className="mt-3 text-lg">
              Did you mean{' '}
              <Link href={routes.search({ q: suggestion, type: kind })} className="font-semibold text-clay-dark underline underline-offset-4">
                {suggestion}
              </Link>
              ?
            </p>
          ) : null}

          {overall ? (
            <nav aria-label="Result types" className="mt-5">
              <ul className="flex flex-wrap gap-2">
                {[null, ...SEARCH_KINDS].map((entry) => {
                  const count = entry ? countsByKind[entry] : overall
                  const current = entry === kind
                  return (
                    <li key={entry ?? 'all'}>
                      <Link
                        href={routes.search({ q: query, type: entry })}
                        aria-current={current ? 'page' : undefined}
                        className={`inline-flex min-h-11 items-center rounded-full px-4 text-sm font-semibold ${current ? 'bg-ink text-sand-50' : 'text-ink ring-1 ring-sand-200 hover:bg-sand-100'}`}
                      >
                        {entry ? KIND_LABELS[entry].many : 'All'}&nbsp;<span className={current ? 'text-sand-200' : 'text-ink-muted'}>({count})</span>
                      </Link>
                    </li>
                  )
                })}
              </ul>
            </nav>
          ) : null}

          {hits.length ? (
            <div className="mt-6">
              <SearchResultList hits={hits} startAt={(page - 1) * RESULTS_PER_PAGE + 1} />
              <Pagination
                page={page}
                totalPages={totalPages}
                hrefFor={(number) => routes.search({ q: query, type: kind, page: number })}
                label="Search result pages"
                previousLabel="Previous"
                nextLabel="Next"
              />
            </div>
          ) : (
            <div className="mt-6 max-w-2xl rounded-2xl bg-sand-100 p-8">
              <p className="font-serif text-2xl">Nothing matched{kind && overall ? ' in this section' : ''}</p>
              <p className="mt-2 text-ink-muted">
                Check the spelling, try fewer or more general words, or browse the{' '}
                <Link href={routes.blog()} className="text-clay-dark underline">journal</Link> and the{' '}
                <Link href={routes.exercises()} className="text-clay-dark underline">exercise library</Link>.
              </p>
            </div>
          )}
        </section>
      )}
    </Container>
  )
}
