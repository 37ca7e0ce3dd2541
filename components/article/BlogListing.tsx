import Link from 'next/link'

import { JsonLd } from '@/components/seo/JsonLd'
import { Container } from '@/components/ui/Container'
import { Pagination } from '@/components/ui/Pagination'
import { getTopicBySlug, listArticles, listTopics } from '@/lib/content/articles'
import { MovedOrNotFound, NotFoundPage } from '@/components/layout/NotFoundPage'
import { MAX_PAGE } from '@/lib/model/input-checks'
import { routes } from '@/lib/model/routes'
import { breadcrumbJsonLd, sectionCrumbs } from '@/lib/seo/structured-data'

import { ArticleGrid } from './ArticleCard'

/** Parses a page segment ("2"); anything else is not a page (null). */
export function parsePage(value: string | undefined): number | null {
  const page = Number(value ?? '1')
  // Past MAX_PAGE the content guard refuses the query: such a page can only be a 404.
  if (!Number.isInteger(page) || page < 1 || page > MAX_PAGE || String(page) !== (value ?? '1')) return null
  return page
}

/**
 * The journal: every article or one topic's, a page at a time, with the topic list.
 * Used by /blog, /blog/page/N, /blog/topic/<slug> and /blog/topic/<slug>/page/N.
 */
export async function BlogListing({ page, topicSlug }: { page: number; topicSlug?: string }) {
  const topic = topicSlug ? await getTopicBySlug(topicSlug) : null
  if (topicSlug && !topic) return <MovedOrNotFound path={routes.topic(topicSlug, page)} />
  const [listing, topics] = await Promise.all([listArticles({ page, topicId: topic?.id }), listTopics()])
  if (page > 1 && page > listing.totalPages) return <NotFoundPage />

  const hrefFor = (number: number) => (topic ? routes.topic(topic.slug, number) : routes.blog(number))
  return (
    <Container className="py-14">
      {topic ? <JsonLd data={breadcrumbJsonLd([...sectionCrumbs.journal(), { name: topic.name, path: routes.topic(topic.slug) }])} /> : null}
      <header className="max-w-2xl">
        <p className="eyebrow">Journal</p>
        <h1 className="mt-2 page-title">{topic ? topic.name : 'The B The Method journal'}</h1>
        <p className="mt-4 lede">
          {topic?.description ?? 'Notes on mobility, breath and moving with ease, from our teachers.'}
        </p>
      </header>

      <nav aria-label="Topics" className="mt-8">
        <ul className="flex flex-wrap gap-2">
          <li>
            <Link
              href={routes.blog()}
              aria-current={!topic ? 'page' : undefined}
              className={`inline-flex min-h-11 items-center rounded-full px-4 text-sm font-semibold ring-1 ring-ink/15 ${!topic ? 'bg-ink text-sand-50' : 'text-ink hover:bg-sand-100'}`}
            >
              All topics
            </Link>
          </li>
          {topics.map((entry) => (
            <li key={entry.id}>
              <Link
                href={routes.topic(entry.slug)}
                aria-current={topic?.id === entry.id ? 'page' : undefined}
                className={`inline-flex min-h-11 items-center rounded-full px-4 text-sm font-semibold ring-1 ring-ink/15 ${topic?.id === entry.id ? 'bg-ink text-sand-50' : 'text-ink hover:bg-sand-100'}`}
              >
                {entry.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <div className="mt-10">
        {listing.articles.length ? (
          <ArticleGrid articles={listing.articles} headingLevel="h2" />
        ) : (
          <div className="rounded-2xl bg-sand-100 p-10 text-center">
            <h2 className="font-serif text-2xl">No articles here yet</h2>
            <p className="mt-2 text-ink-muted">
              New writing on this topic is on its way. Meanwhile, <Link href={routes.blog()} className="text-clay-dark underline">browse every article</Link>.
            </p>
          </div>
        )}
      </div>
      <Pagination page={listing.page} totalPages={listing.totalPages} hrefFor={hrefFor} label="Journal pages" />
    </Container>
  )
}
