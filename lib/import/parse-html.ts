/**
 * A whole article page saved from the old storefront: find the article, take its title,
 * date, tags and handle from the page, drop the theme's chrome (skip link, navigation,
 * "Back to blog", share buttons, footer...), and convert the article's HTML with
 * Payload's own `convertHTMLToLexical`, then shape it like our articles (see shape.ts).
 */
import { convertHTMLToLexical, type SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import { JSDOM } from 'jsdom'

import type { EditorState } from '../richtext/build'
import { ARTICLE_SELECTORS, CHROME_LINE, CHROME_SELECTORS } from './chrome'
import { imageToken, shapeContent } from './shape'
import { handleFromUrl, parseDate, pathFromUrl, sourceIdFor } from './source-id'
import type { ImageRef, ParseResult } from './types'

const META_SELECTORS = ['.article__meta', '.article-meta', '.article__date', '.article__author', '.post-meta', '.entry-meta', '.blog-post__meta', '.byline', '[rel=author]', 'time']
const squash = (value: string | null | undefined) => (value ?? '').replace(/[\s\u00a0]+/g, ' ').trim()

export function parseHtml(raw: string, editorConfig: SanitizedServerEditorConfig): ParseResult {
  const { document } = new JSDOM(raw).window
  const meta = (selector: string) => document.querySelector<HTMLMetaElement>(selector)?.content?.trim() || undefined

  const canonical = document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.getAttribute('href') ?? meta('meta[property="og:url"]')
  const handle = handleFromUrl(canonical)
  let oldHost: string | undefined
  try {
    oldHost = canonical ? new URL(canonical).host : undefined
  } catch {
    oldHost = undefined
  }

  const container = ARTICLE_SELECTORS.map((selector) => document.querySelector<HTMLElement>(selector)).find(Boolean)
  if (!container) return { ok: false, reason: 'no article found in the page' }
  const article = container.closest('article') ?? container

  const h1 = article.querySelector('h1') ?? document.querySelector('h1')
  const pageTitle = squash(document.title).split(/\s+[|–—-]\s+/)[0]
  const title = squash(h1?.textContent) || meta('meta[property="og:title"]') || pageTitle
  if (!title) return { ok: false, reason: 'no title: the page has no <h1>, og:title or <title>' }

  const timeElement = article.querySelector('time[datetime]') ?? document.querySelector('time[datetime]')
  const rawDate =
    meta('meta[property="article:published_time"]') ??
    meta('meta[itemprop=datePublished]') ??
    timeElement?.getAttribute('datetime') ??
    (squash(article.querySelector('time')?.textContent) || undefined)
  const date = parseDate(rawDate)

  const tags = new Set<string>()
  document.querySelectorAll<HTMLMetaElement>('meta[property="article:tag"]').forEach((tag) => tag.content.trim() && tags.add(tag.content.trim()))
  article.querySelectorAll('[rel=tag], .article__tags a, .blog-post__tags a, .tags a').forEach((tag) => squash(tag.textContent) && tags.add(squash(tag.textContent)))

  // A featured image above the text (outside the article body) is the hero.
  let heroImage: ImageRef | undefined
  if (container !== article) {
    const featured = [...article.querySelectorAll('img')].find((img) => !container.contains(img))
    if (featured) heroImage = imageRefOf(featured)
  }

  // Chrome, the title and the date line are the page's, not the article's.
  h1?.remove()
  container.querySelectorAll(CHROME_SELECTORS.join(',')).forEach((element) => element.remove())
  container.querySelectorAll(META_SELECTORS.join(',')).forEach((element) => element.remove())
  container.querySelectorAll('a, p, div, span, li').forEach((element) => {
    const value = squash(element.textContent)
    if (value.length <= 40 && CHROME_LINE.test(value) && !element.querySelector('img')) element.remove()
  })

  const images: ImageRef[] = []
  container.querySelectorAll('img').forEach((img) => {
    const ref = imageRefOf(img)
    const figure = img.closest('figure')
    const caption = squash(figure?.querySelector('figcaption')?.textContent)
    if (caption) ref.caption = caption
    if (!ref.src) {
      img.remove()
      return
    }
    images.push(ref)
    const replaced = img.closest('picture') ?? img
    replaced.replaceWith(document.createTextNode(imageToken(images.length - 1)))
    figure?.querySelector('figcaption')?.remove()
  })

  if (!squash(container.textContent)) return { ok: false, reason: 'no text: the article on the page is empty' }
  const converted = convertHTMLToLexical({ editorConfig, html: container.innerHTML, JSDOM }) as unknown as EditorState
  const { content, notes } = shapeContent(converted, { oldHost })
  if (!rawDate) notes.push('The page shows no date; set the publish date by hand if it matters.')
  else if (!date) notes.push(`The date "${rawDate}" could not be read; set the publish date by hand.`)

  return {
    ok: true,
    post: {
      format: 'html',
      title,
      slug: handle,
      oldPath: pathFromUrl(canonical),
      sourceId: sourceIdFor({ handle, title, date }),
      date,
      tags: [...tags],
      heroImage,
      images,
      content,
      notes,
    },
  }
}

function imageRefOf(img: HTMLImageElement): ImageRef {
  const srcset = img.getAttribute('srcset')?.split(',')[0]?.trim().split(/\s+/)[0]
  const src = img.getAttribute('src') || img.getAttribute('data-src') || srcset || ''
  const alt = squash(img.getAttribute('alt'))
  return { src: src.trim(), alt: alt || undefined }
}
