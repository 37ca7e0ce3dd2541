import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { BlogListing, parsePage } from '@/components/article/BlogListing'
import { blogFeedAlternates } from '@/lib/feed-links'
import { routes } from '@/lib/routes'

type Props = { params: Promise<{ slug: string; page: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await params
  return { title: `Topic, page ${page}`, alternates: blogFeedAlternates }
}

export default async function TopicPageN({ params }: Props) {
  const { slug, page: raw } = await params
  const page = parsePage(raw)
  if (page === 1) redirect(routes.topic(slug))
  return <BlogListing page={page} topicSlug={slug} />
}
