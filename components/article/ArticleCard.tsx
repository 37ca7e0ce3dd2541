import { Card } from '@/components/ui/Card'
import { CardGrid } from '@/components/ui/CardGrid'
import type { ArticleCardData } from '@/lib/content/articles'
import { formatDate, formatMinutes } from '@/lib/model/format'
import { decorativeImage } from '@/lib/content/media'
import { routes } from '@/lib/model/routes'

export function ArticleCard({ article, headingLevel }: { article: ArticleCardData; headingLevel?: 'h2' | 'h3' }) {
  return (
    <Card
      href={routes.article(article.slug)}
      title={article.title}
      headingLevel={headingLevel}
      image={decorativeImage(article.heroImage)}
      badges={article.topics.slice(0, 2).map((topic) => ({ label: topic.name, tone: 'moss' }))}
      footer={
        <>
          {article.publishedAt ? <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time> : null}
          {article.readingTimeMinutes ? <span> · {formatMinutes(article.readingTimeMinutes)} read</span> : null}
        </>
      }
    >
      {article.excerpt}
    </Card>
  )
}

export function ArticleGrid({ articles, headingLevel }: { articles: ArticleCardData[]; headingLevel?: 'h2' | 'h3' }) {
  return (
    <CardGrid items={articles}>{(article) => <ArticleCard article={article} headingLevel={headingLevel} />}</CardGrid>
  )
}
