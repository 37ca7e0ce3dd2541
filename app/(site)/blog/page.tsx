import type { Metadata } from 'next'

import { BlogListing } from '@/components/article/BlogListing'
import { pageMetadata, withJournalFeed } from '@/lib/seo/metadata'
import { routes } from '@/lib/model/routes'

export async function generateMetadata(): Promise<Metadata> {
  return withJournalFeed(
    await pageMetadata({
      title: 'Journal',
      description: 'Articles on mobility, back care, breathwork and posture from the B The Method teachers.',
      path: routes.blog(),
    }),
  )
}

export default function BlogPage() {
  return <BlogListing page={1} />
}
