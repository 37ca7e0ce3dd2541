import { Feed } from 'feed'

import type { Studio } from '@/payload-types'

import { listFeedArticles, type FeedArticle } from '../content/articles'
import { escapeHtml, richTextToFeedHtml } from '../richtext/html'
import { routes } from '../model/routes'
import { absoluteUrl, siteUrl } from '../server/site-url'
import { imageUrlOf } from './structured-data'
import { getStudio } from '../content/studio'

export const FEED_SIZE = 20
export const BLOG_FEED_TITLE = (studioName: string) => `${studioName} journal`

/**
 * The journal as a Feed (written as RSS 2.0, Atom 1.0 or JSON Feed 1.0):
 * newest first, each item with its excerpt, topics, author and the full article as HTML.
 * The guid is the article id, so renaming a slug does not make readers show it twice.
 */
export function buildBlogFeed(
  articles: FeedArticle[],
  studio: Pick<Studio, 'name' | 'tagline'>,
  options: { itemAuthors?: boolean; htmlText?: boolean } = {},
): Feed {
  // RSS and Atom readers treat titles and summaries as HTML: an editor's "<b>" must arrive as text.
  const text = (value: string) => (options.htmlText ? escapeHtml(value) : value)
  const origin = siteUrl()
  const newest = articles.reduce<Date | undefined>((latest, article) => {
    const date = new Date(article.updatedAt)
    return !latest || date > latest ? date : latest
  }, undefined)
  const feed = new Feed({
    title: BLOG_FEED_TITLE(studio.name),
    description: studio.tagline ?? 'Notes on mobility, breath and moving with ease, from our teachers.',
    id: absoluteUrl(routes.blog()),
    link: absoluteUrl(routes.blog()),
    language: 'en',
    image: absoluteUrl('/icon.svg'),
    favicon: absoluteUrl('/icon.svg'),
    copyright: `© ${studio.name}`,
    updated: newest,
    generator: false,
    feedLinks: { rss: absoluteUrl(routes.rss()), atom: absoluteUrl(routes.atom()), json: absoluteUrl(routes.jsonFeed()) },
    // Atom wants an author for every entry; the studio stands in where an article names none.
    author: { name: studio.name, link: absoluteUrl(routes.home()) },
  })
  for (const article of articles) {
    const url = absoluteUrl(routes.article(article.slug))
    const image = imageUrlOf(article.heroImage)
    feed.addItem({
      title: text(article.title),
      id: `${origin}/#article-${article.id}`,
      link: url,
      date: new Date(article.publishedAt ?? article.updatedAt),
      description: text(article.excerpt),
      content: richTextToFeedHtml(article.content as never),
      category: article.topics.map((topic) => ({ name: topic.name, domain: absoluteUrl(routes.topic(topic.slug)) })),
      // RSS's own <author> wants an e-mail address; the writer's name goes in dc:creator.
      extensions: article.authorName ? [{ name: 'dc:creator', objects: { _text: article.authorName } }] : undefined,
      // Atom and JSON Feed name authors by name; RSS's <author> would need an e-mail address.
      author: options.itemAuthors && article.authorName ? [{ name: article.authorName }] : undefined,
      image: image ? { url: image, type: imageType(image) } : undefined,
    })
  }
  return feed
}

function imageType(url: string): string {
  const extension = url.split('?')[0].split('.').pop()?.toLowerCase()
  return extension === 'png' ? 'image/png' : extension === 'webp' ? 'image/webp' : extension === 'avif' ? 'image/avif' : 'image/jpeg'
}

export const FEED_FORMATS = {
  rss: { contentType: 'application/rss+xml; charset=utf-8', itemAuthors: false, htmlText: true, write: (feed: Feed) => feed.rss2() },
  atom: { contentType: 'application/atom+xml; charset=utf-8', itemAuthors: true, htmlText: true, write: (feed: Feed) => feed.atom1() },
  json: { contentType: 'application/feed+json; charset=utf-8', itemAuthors: true, htmlText: false, write: (feed: Feed) => feed.json1() },
} as const

/** The journal's latest articles as one feed document. */
export async function getBlogFeed(format: keyof typeof FEED_FORMATS): Promise<string> {
  const [articles, studio] = await Promise.all([listFeedArticles(FEED_SIZE), getStudio()])
  const { itemAuthors, htmlText, write } = FEED_FORMATS[format]
  return write(buildBlogFeed(articles, studio, { itemAuthors, htmlText }))
}

/** The response of a feed route: cached like the pages until a publish expires its data. */
export async function feedResponse(format: keyof typeof FEED_FORMATS): Promise<Response> {
  return new Response(await getBlogFeed(format), {
    headers: {
      'content-type': FEED_FORMATS[format].contentType,
      // Next's cache holds it until a publish; proxies and readers ask again each time.
      'cache-control': 'public, max-age=0, must-revalidate',
    },
  })
}
