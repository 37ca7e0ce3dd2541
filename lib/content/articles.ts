import { sql } from 'drizzle-orm'
import type { Payload, PopulateType } from 'payload'

import type { Article, Topic } from '@/payload-types'

import { cachedRead, cacheTags } from '../server/cache'
import { readMode, type ReadOptions } from './read-mode'
import { exerciseEmbedSelect } from './exercises'
import { mediaSelect } from './media'
import { fillReferences, fieldSlots, richTextSlots, topicSelect, type ReadByIds } from './references'
import { routineEmbedSelect } from './routines'
import { getPayloadClient } from '../server/payload'
import { isoTimestamp, sqlRows } from '../server/sql'

export const ARTICLES_PER_PAGE = 9

const cardSelect = {
  title: true,
  slug: true,
  excerpt: true,
  heroImage: true,
  topics: true,
  publishedAt: true,
  readingTimeMinutes: true,
} as const

export type TopicRef = { id: number; name: string; slug: string }
export type ArticleCardData = Pick<Article, 'id' | 'title' | 'slug' | 'excerpt' | 'publishedAt' | 'readingTimeMinutes' | 'heroImage'> & {
  topics: TopicRef[]
}

const LIST_TAGS = [cacheTags.collection('articles'), cacheTags.collection('topics'), cacheTags.collection('media')]

function asTopics(value: Article['topics']): TopicRef[] {
  return (value ?? []).flatMap((topic) =>
    typeof topic === 'object' && topic !== null ? [{ id: topic.id, name: topic.name, slug: topic.slug }] : [],
  )
}

function toCard(doc: Partial<Article>): ArticleCardData {
  return { ...(doc as ArticleCardData), topics: asTopics(doc.topics) }
}

export type ArticlePage = { articles: ArticleCardData[]; page: number; totalPages: number; totalDocs: number }

/** One page of published articles, newest first, optionally within one topic. */
export async function listArticles(options: { page?: number; topicId?: number; limit?: number } = {}): Promise<ArticlePage> {
  const page = Math.max(1, Math.floor(options.page ?? 1))
  const limit = options.limit ?? ARTICLES_PER_PAGE
  return cachedRead(['articles', 'list', String(page), String(options.topicId ?? ''), String(limit)], LIST_TAGS, async () => {
    const payload = await getPayloadClient()
    const result = await payload.find({
      collection: 'articles',
      ...readMode(),
      where: options.topicId ? { topics: { contains: options.topicId } } : undefined,
      sort: '-publishedAt',
      page,
      limit,
      depth: 1,
      select: cardSelect,
      populate: { media: mediaSelect, topics: topicSelect },
    })
    return { articles: result.docs.map(toCard), page: result.page ?? page, totalPages: result.totalPages, totalDocs: result.totalDocs }
  })
}

export async function listFeaturedArticles(limit = 3): Promise<ArticleCardData[]> {
  return cachedRead(['articles', 'featured', String(limit)], LIST_TAGS, async () => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'articles',
      ...readMode(),
      where: { featured: { equals: true } },
      sort: '-publishedAt',
      limit,
      pagination: false,
      depth: 1,
      select: cardSelect,
      populate: { media: mediaSelect, topics: topicSelect },
    })
    return docs.map(toCard)
  })
}

/** Newest published articles sharing a topic with this one (not itself). */
export async function listRelatedArticles(article: { id: number; topics: TopicRef[] }, limit = 3): Promise<ArticleCardData[]> {
  const topicIds = article.topics.map((topic) => topic.id)
  if (topicIds.length === 0) return []
  return cachedRead(['articles', 'related', String(article.id), topicIds.join(','), String(limit)], LIST_TAGS, async () => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'articles',
      ...readMode(),
      where: { and: [{ id: { not_equals: article.id } }, { topics: { in: topicIds } }] },
      sort: '-publishedAt',
      limit,
      pagination: false,
      depth: 1,
      select: cardSelect,
      populate: { media: mediaSelect, topics: topicSelect },
    })
    return docs.map(toCard)
  })
}

/** The published articles a list of ids refers to (e.g. an exercise's related articles), in one query. */
export async function listArticlesByIds(ids: number[]): Promise<ArticleCardData[]> {
  if (ids.length === 0) return []
  return cachedRead(['articles', 'ids', ids.join(',')], LIST_TAGS, async () => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'articles',
      ...readMode(),
      where: { id: { in: ids } },
      limit: ids.length,
      pagination: false,
      depth: 1,
      select: cardSelect,
      populate: { media: mediaSelect, topics: topicSelect },
    })
    return docs.map(toCard)
  })
}

export type ArticleDetail = ArticleCardData & Pick<Article, 'content' | 'authorName' | 'updatedAt' | 'relatedExercises' | 'meta'>

const detailSelect = { ...cardSelect, content: true, authorName: true, updatedAt: true, relatedExercises: true, meta: true } as const

function toDetail(doc: Partial<Article>): ArticleDetail {
  const { content, authorName, updatedAt, relatedExercises, meta } = doc as Article
  return { ...toCard(doc), content, authorName, updatedAt, relatedExercises, meta }
}

/**
 * One article with everything its page shows: rich text with embedded exercises and
 * images populated, topics, author name, related exercises. Null when not visible.
 */
export async function getArticleBySlug(slug: string, options: ReadOptions = {}): Promise<ArticleDetail | null> {
  return cachedRead(
    ['articles', 'slug', slug],
    [cacheTags.doc('articles', slug), cacheTags.collection('topics'), cacheTags.collection('media')],
    () => (options.draft ? readDraftArticle(slug) : readPublishedArticle(slug)),
    options,
  )
}

/** One article by slug with the detail fields, as visitors see it or as its latest draft. */
async function findArticleBySlug(slug: string, read: { draft: boolean; depth: number; populate?: PopulateType }) {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    ...readMode({ draft: read.draft }),
    where: { slug: { equals: slug } },
    limit: 1,
    pagination: false,
    depth: read.depth,
    select: detailSelect,
    populate: read.populate,
  })
  return docs[0]
}

/** The article as visitors see it, uncached: Payload populates what it refers to. */
export async function readPublishedArticle(slug: string): Promise<ArticleDetail | null> {
  const doc = await findArticleBySlug(slug, {
    draft: false,
    // 2: embedded and related exercises bring their first image along.
    depth: 2,
    populate: { media: mediaSelect, topics: topicSelect, exercises: exerciseEmbedSelect, routines: routineEmbedSelect },
  })
  return doc ? toDetail(doc) : null
}

/**
 * The article's latest draft, for preview: the draft itself in one statement, what it
 * refers to from the visitors' cached reads (lib/content/references.ts). The same shape
 * as the published read above (tests/int/draft-references.test.ts holds them equal).
 */
export async function readDraftArticle(slug: string, readByIds?: ReadByIds): Promise<ArticleDetail | null> {
  const doc = (await findArticleBySlug(slug, { draft: true, depth: 0 })) as unknown as Record<string, unknown> | undefined
  if (!doc) return null
  await fillReferences(
    [
      ...fieldSlots(doc, 'heroImage', 'media'),
      ...fieldSlots(doc.meta as Record<string, unknown> | undefined, 'image', 'media'),
      ...fieldSlots(doc, 'topics', 'topics'),
      ...fieldSlots(doc, 'relatedExercises', 'exercises'),
      ...richTextSlots(doc.content),
    ],
    readByIds,
  )
  return toDetail(doc as unknown as Article)
}

/** Slugs of every published article, for static generation. */
export async function listArticleSlugs(): Promise<string[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({ collection: 'articles', ...readMode(), limit: 1000, depth: 0, select: { slug: true }, pagination: false })
  return docs.map((doc) => doc.slug).filter(Boolean)
}

export async function listTopics(): Promise<TopicRef[]> {
  return cachedRead(['topics', 'all'], [cacheTags.collection('topics')], async () => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({ collection: 'topics', ...readMode(), sort: 'name', limit: 100, depth: 0, select: topicSelect })
    return docs as TopicRef[]
  })
}

export async function getTopicBySlug(slug: string): Promise<(TopicRef & Pick<Topic, 'description' | 'meta'>) | null> {
  return cachedRead(['topics', 'slug', slug], [cacheTags.collection('topics')], async () => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'topics',
      ...readMode(),
      where: { slug: { equals: slug } },
      limit: 1,
      pagination: false,
      depth: 0,
      select: { ...topicSelect, description: true, meta: true },
    })
    return (docs[0] as TopicRef & Pick<Topic, 'description' | 'meta'>) ?? null
  })
}

export type ArticleIndexEntry = { slug: string; updatedAt: string; topicIds: number[] }

/**
 * Every published article's slug, last change and topic ids in one light query (no
 * content), for the sitemap. Tagged with the collection, so a publish refreshes it.
 */
export function listArticleIndex(): Promise<ArticleIndexEntry[]> {
  return cachedRead(['articles', 'index'], [cacheTags.collection('articles')], async () => readArticleIndex(await getPayloadClient()))
}

/**
 * The statement behind `listArticleIndex`, uncached: SQL, because at 10,000 articles the
 * Local API's per-document work made the cold sitemap take seconds (held to the Local
 * API's answer by tests). `_status` is the visitors' rule of `publishedOrLoggedIn`.
 */
export function readArticleIndex(payload: Payload): Promise<ArticleIndexEntry[]> {
  return sqlRows<ArticleIndexEntry>(
    payload,
    sql`SELECT a.slug, ${isoTimestamp(sql`a.updated_at`)} AS "updatedAt",
          ARRAY(SELECT r.topics_id FROM articles_rels r WHERE r.parent_id = a.id AND r.path = 'topics' AND r.topics_id IS NOT NULL ORDER BY r."order") AS "topicIds"
        FROM articles a
        WHERE a._status = 'published' AND a.slug IS NOT NULL AND a.slug <> ''
        ORDER BY a.published_at DESC, a.created_at DESC`,
  )
}

export type TopicIndexEntry = { id: number; slug: string; updatedAt: string }

/** Every topic's slug and last change, for the sitemap. */
export async function listTopicIndex(): Promise<TopicIndexEntry[]> {
  return cachedRead(['topics', 'index'], [cacheTags.collection('topics')], async () => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'topics',
      ...readMode(),
      pagination: false,
      limit: 1000,
      depth: 0,
      select: { slug: true, updatedAt: true },
    })
    return docs.flatMap((doc) => (doc.slug ? [{ id: doc.id, slug: doc.slug, updatedAt: doc.updatedAt }] : []))
  })
}

export type FeedArticle = ArticleCardData & Pick<Article, 'content' | 'authorName' | 'updatedAt'>

/**
 * The newest published articles with their full content, for the RSS feed: one query,
 * embedded exercises and images populated one level deep (name, slug, summary; sizes).
 */
export async function listFeedArticles(limit = 20): Promise<FeedArticle[]> {
  return cachedRead(['articles', 'feed', String(limit)], [...LIST_TAGS, cacheTags.collection('exercises'), cacheTags.collection('routines')], async () => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'articles',
      ...readMode(),
      sort: '-publishedAt',
      limit,
      depth: 1,
      select: { ...cardSelect, content: true, authorName: true, updatedAt: true },
      populate: {
        media: mediaSelect,
        topics: topicSelect,
        exercises: { name: true, slug: true, summary: true },
        routines: { title: true, slug: true, summary: true },
        articles: { slug: true },
      },
    })
    return docs.map((doc) => ({ ...toCard(doc), content: doc.content, authorName: doc.authorName, updatedAt: doc.updatedAt }) as FeedArticle)
  })
}
