import type { Metadata } from 'next'

import { BlogListing } from '@/components/article/BlogListing'
import { blogFeedAlternates } from '@/lib/feed-links'

export const metadata: Metadata = {
  title: 'Journal',
  description: 'Articles on mobility, back care, breathwork and posture from the B The Method teachers.',
  alternates: blogFeedAlternates,
}

export default function BlogPage() {
  return <BlogListing page={1} />
}
