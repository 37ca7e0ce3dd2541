import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { BlogListing, parsePage } from '@/components/article/BlogListing'
import { NotFoundPage } from '@/components/layout/NotFoundPage'
import { routes } from '@/lib/model/routes'
import { pageMetadata, withJournalFeed } from '@/lib/seo/metadata'

type Props = { params: Promise<{ page: string }> }

/** None at build time: each page is rendered on its first visit, then served from the cache until a publish expires it. */
export async function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await params
  return withJournalFeed(
    await pageMetadata({
      title: `Journal, page ${page}`,
      description: 'Articles on mobility, back care, breathwork and posture from the B The Method teachers.',
      path: routes.blog(Number(page) || 1),
    }),
  )
}

export default async function BlogPageN({ params }: Props) {
  const page = parsePage((await params).page)
  if (page === null) return <NotFoundPage />
  if (page === 1) redirect(routes.blog())
  return <BlogListing page={page} />
}
