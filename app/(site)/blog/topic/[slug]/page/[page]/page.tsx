import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { BlogListing, parsePage } from '@/components/article/BlogListing'
import { NotFoundPage } from '@/components/layout/NotFoundPage'
import { routes } from '@/lib/model/routes'
import { NOT_FOUND_METADATA, pageMetadata, withJournalFeed } from '@/lib/seo/metadata'
import { getTopicBySlug } from '@/lib/content/articles'

type Props = { params: Promise<{ slug: string; page: string }> }

/** None at build time: each page is rendered on its first visit, then served from the cache until a publish expires it. */
export async function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params
  const topic = await getTopicBySlug(slug)
  if (!topic) return NOT_FOUND_METADATA
  return withJournalFeed(
    await pageMetadata({
      title: `${topic.name} articles, page ${page}`,
      description: topic.description ?? `Articles about ${topic.name.toLowerCase()} from the B The Method journal.`,
      path: routes.topic(topic.slug, Number(page) || 1),
    }),
  )
}

export default async function TopicPageN({ params }: Props) {
  const { slug, page: raw } = await params
  const page = parsePage(raw)
  if (page === null) return <NotFoundPage />
  if (page === 1) redirect(routes.topic(slug))
  return <BlogListing page={page} topicSlug={slug} />
}
