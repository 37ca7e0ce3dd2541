import type { Metadata } from 'next'

import { BlogListing } from '@/components/article/BlogListing'
import { getTopicBySlug, listTopics } from '@/lib/content/articles'
import { NOT_FOUND_METADATA, pageMetadata, withJournalFeed } from '@/lib/seo/metadata'
import { routes } from '@/lib/model/routes'

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  return (await listTopics()).map((topic) => ({ slug: topic.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = await getTopicBySlug((await params).slug)
  if (!topic) return NOT_FOUND_METADATA
  return withJournalFeed(
    await pageMetadata({
      title: `${topic.name} articles`,
      description: topic.description ?? `Articles about ${topic.name.toLowerCase()} from the B The Method journal.`,
      path: routes.topic(topic.slug),
      meta: topic.meta,
    }),
  )
}

export default async function TopicPage({ params }: Props) {
  return <BlogListing page={1} topicSlug={(await params).slug} />
}
