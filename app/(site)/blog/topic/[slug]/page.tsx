import type { Metadata } from 'next'

import { BlogListing } from '@/components/article/BlogListing'
import { getTopicBySlug } from '@/lib/articles'
import { blogFeedAlternates } from '@/lib/feed-links'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = await getTopicBySlug((await params).slug)
  return topic ? { title: `${topic.name} articles`, description: topic.description ?? undefined, alternates: blogFeedAlternates } : {}
}

export default async function TopicPage({ params }: Props) {
  return <BlogListing page={1} topicSlug={(await params).slug} />
}
