import { Badge } from '@/components/ui/Badge'
import { Card } from '@/components/ui/Card'
import { CardGrid } from '@/components/ui/CardGrid'
import { SiteImage } from '@/components/ui/SiteImage'
import type { ArticleCardData } from '@/lib/content/articles'
import { formatDate, formatMinutes } from '@/lib/model/format'
import { toSiteImage } from '@/lib/content/media'
import { routes } from '@/lib/model/routes'

export function ArticleCard({ article, headingLevel }: { article: ArticleCardData; headingLevel?: 'h2' | 'h3' }) {
  const image = toSiteImage(article.heroImage, 'card')
  return (
    <Card
      href={routes.article(article.slug)}
      title={article.title}
      headingLevel={headingLevel}
      media={image ? <SiteImage image={image} sizes="card" decorative /> : null}
      eyebrow={article.topics.slice(0, 2).map((topic) => (
        <Badge key={topic.id} tone="moss">
          {topic.name}
        </Badge>
      ))}
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
