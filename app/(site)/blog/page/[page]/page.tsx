import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { BlogListing, parsePage } from '@/components/article/BlogListing'
import { blogFeedAlternates } from '@/lib/feed-links'
import { routes } from '@/lib/routes'

type Props = { params: Promise<{ page: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await params
  return { title: `Journal, page ${page}`, alternates: blogFeedAlternates }
}

export default async function BlogPageN({ params }: Props) {
  const page = parsePage((await params).page)
  if (page === 1) redirect(routes.blog())
  return <BlogListing page={page} />
}
