import type { Metadata } from 'next'
import Link from 'next/link'

import { ArticleGrid } from '@/components/article/ArticleCard'
import { TableOfContents } from '@/components/article/TableOfContents'
import { ExerciseGrid } from '@/components/exercise/ExerciseCard'
import { RichText } from '@/components/richtext/RichText'
import { JsonLd } from '@/components/seo/JsonLd'
import { Badge } from '@/components/ui/Badge'
import { BackLink } from '@/components/ui/BackLink'
import { Container } from '@/components/ui/Container'
import { Prose } from '@/components/ui/Prose'
import { SectionHeading } from '@/components/ui/SectionHeading'
import { SiteImage } from '@/components/ui/SiteImage'
import { getArticleBySlug, listArticleSlugs, listRelatedArticles } from '@/lib/content/articles'
import type { ExerciseCardData } from '@/lib/content/exercises'
import { formatDate, formatMinutes } from '@/lib/model/format'
import { toSiteImage } from '@/lib/content/media'
import { getPreviewScope, getStudioForRequest, readForScope } from '@/lib/preview/session'
import { headingAnchors } from '@/lib/richtext/text'
import { MovedOrNotFound } from '@/components/layout/NotFoundPage'
import { routes } from '@/lib/model/routes'
import { NOT_FOUND_METADATA, pageMetadata, withJournalFeed } from '@/lib/seo/metadata'
import { articleJsonLd, breadcrumbJsonLd, sectionCrumbs } from '@/lib/seo/structured-data'

type Props = { params: Promise<{ slug: string }> }

/** Long articles (three or more sections) get an "On this page" list. */
const MIN_SECTIONS_FOR_CONTENTS = 3

export async function generateStaticParams() {
  return (await listArticleSlugs()).map((slug) => ({ slug }))
}

/** The article as this request may see it (the draft in preview); metadata and page share the one read. */
async function readArticle(slug: string) {
  return readForScope(await getPreviewScope(), 'articles', (draft) => getArticleBySlug(slug, { draft }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await readArticle((await params).slug)
  if (!article) return NOT_FOUND_METADATA
  return withJournalFeed(
    await pageMetadata({
      title: article.title,
      description: article.excerpt,
      path: routes.article(article.slug),
      meta: article.meta,
      generatedCard: true,
      article: {
        publishedTime: article.publishedAt,
        modifiedTime: article.updatedAt,
        authors: [article.authorName],
        tags: article.topics.map((topic) => topic.name),
      },
    }),
  )
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params
  const article = await readArticle(slug)
  if (!article) return <MovedOrNotFound path={routes.article(slug)} />
  const [related, studio] = await Promise.all([listRelatedArticles(article), getStudioForRequest()])
  const hero = toSiteImage(article.heroImage, 'hero')
  const anchors = headingAnchors(article.content as never)
  // Unpublished or deleted exercises come back as bare ids: leave them out.
  const exercises = (article.relatedExercises ?? []).flatMap((exercise) =>
    typeof exercise === 'object' && exercise?.slug ? [exercise as ExerciseCardData] : [],
  )

  return (
    <article>
      <JsonLd
        data={[
          articleJsonLd(article, studio),
          breadcrumbJsonLd([...sectionCrumbs.journal(), { name: article.title, path: routes.article(article.slug) }]),
        ]}
      />
      <Container className="pt-10">
        <BackLink href={routes.blog()}>Back to blog</BackLink>
        <header className="mx-auto mt-6 max-w-3xl text-center">
          {article.topics.length ? (
            <ul className="flex flex-wrap justify-center gap-2" aria-label="Topics">
              {article.topics.map((topic) => (
                <li key={topic.id}>
                  <Link href={routes.topic(topic.slug)} className="inline-flex min-h-6 items-center">
                    <Badge tone="moss">{topic.name}</Badge>
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
          <h1 className="mt-5 page-title leading-tight">{article.title}</h1>
          <p className="mt-5 text-sm text-ink-muted">
            {article.authorName ? <span>By {article.authorName}</span> : null}
            {article.publishedAt ? (
              <>
                {article.authorName ? ' · ' : ''}
                <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
              </>
            ) : null}
            {article.readingTimeMinutes ? <> · {formatMinutes(article.readingTimeMinutes)} read</> : null}
          </p>
        </header>
        {hero ? (
          <div className="article-hero">
            <SiteImage image={hero} sizes="(min-width: 1024px) 1024px, 100vw" priority />
          </div>
        ) : null}
      </Container>

      <Container className="mt-12">
        <div className={`mx-auto ${anchors.length >= MIN_SECTIONS_FOR_CONTENTS ? 'grid max-w-5xl gap-12 lg:grid-cols-[1fr_16rem]' : 'max-w-3xl'}`}>
          {anchors.length >= MIN_SECTIONS_FOR_CONTENTS ? (
            <div className="lg:order-2">
              <div className="lg:sticky lg:top-8">
                <TableOfContents anchors={anchors.filter((anchor) => anchor.level === 2)} />
              </div>
            </div>
          ) : null}
          <Prose className="lg:order-1">
            <RichText data={article.content} />
          </Prose>
        </div>
      </Container>

      {exercises.length ? (
        <section aria-labelledby="try-heading" className="mt-20 bg-moss-light py-16">
          <Container>
            <SectionHeading id="try-heading" title="Exercises to try" />
            <ExerciseGrid exercises={exercises} />
          </Container>
        </section>
      ) : null}

      {related.length ? (
        <section aria-labelledby="related-heading" className="py-16">
          <Container>
            <SectionHeading id="related-heading" title="Keep reading" link={{ href: routes.blog(), label: 'Back to blog' }} />
            <ArticleGrid articles={related} />
          </Container>
        </section>
      ) : null}
    </article>
  )
}
