import { notFound } from 'next/navigation'

import { getArticleBySlug, listArticleSlugs } from '@/lib/content/articles'
import { OG_IMAGE_SIZE, OG_IMAGE_TYPE, renderOgCard } from '@/lib/seo/og/card'

export const size = OG_IMAGE_SIZE
export const contentType = OG_IMAGE_TYPE
export const alt = 'An article from the B The Method journal'

type Props = { params: Promise<{ slug: string }> }

/** Drawn once at build (and on first request for newer articles), then served from the cache until a publish expires it. */
export async function generateStaticParams() {
  return (await listArticleSlugs()).map((slug) => ({ slug }))
}

/** The article's share card: its title and topics. Published articles only; others are 404. */
export default async function ArticleOgImage({ params }: Props) {
  const article = await getArticleBySlug((await params).slug)
  if (!article) notFound()
  return renderOgCard({ section: 'Journal', title: article.title, labels: article.topics.map((topic) => topic.name) })
}
