/**
 * Markdown with optional front matter (title, date, tags, excerpt, hero image, slug),
 * converted with Payload's own `convertMarkdownToLexical` for the Articles editor, then
 * shaped like our articles (see shape.ts). Images become uploads.
 */
import { convertMarkdownToLexical, type SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import matter from 'gray-matter'

import { isSafeUrl } from '../model/safe-url'
import type { EditorState } from '../richtext/build'
import { imageToken, shapeContent } from './shape'
import { handleFromUrl, parseDate, pathFromUrl, sourceIdFor } from './source-id'
import type { ImageRef, ParseResult } from './types'

type FrontMatter = Record<string, unknown>

const first = (data: FrontMatter, ...keys: string[]): unknown => {
  for (const key of keys) if (data[key] !== undefined && data[key] !== null && data[key] !== '') return data[key]
  return undefined
}
const asString = (value: unknown) => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : undefined)

function tagsFrom(value: unknown): string[] {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : []
  return list.map((tag) => String(tag).trim()).filter(Boolean)
}

/** `![alt](src "title")` -> a token, collected in `images`. */
const MARKDOWN_IMAGE = /!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+["'][^"']*["'])?\s*\)/g

/**
 * `[text](address)`, with one level of parentheses inside the address: Payload's converter
 * leaves a link it cannot read as raw text, so unsafe ones are unwrapped before it runs.
 */
const MARKDOWN_LINK = /(?<!!)\[([^\]]*)\]\(\s*<?((?:[^()\s>]|\([^()\s]*\))+)>?(?:\s+["'][^"']*["'])?\s*\)/g

export function parseMarkdown(raw: string, editorConfig: SanitizedServerEditorConfig): ParseResult {
  let parsed: matter.GrayMatterFile<string>
  try {
    // Options given: gray-matter then skips its process-wide cache of every input.
    parsed = matter(raw, {})
  } catch (error) {
    return { ok: false, reason: `front matter is not valid YAML (${(error as Error).message.split('\n')[0]})` }
  }
  const data = parsed.data as FrontMatter
  let body = parsed.content

  let title = asString(first(data, 'title', 'name'))
  const headingTitle = /^\s*#\s+(.+?)\s*#*\s*$/m.exec(body)
  if (headingTitle && (!title || headingTitle[1].trim().toLowerCase() === title.toLowerCase()) && body.slice(0, headingTitle.index).trim() === '') {
    // The title as the first "# Heading": it is the article's title, not part of its text.
    title = title ?? headingTitle[1].trim()
    body = body.slice(headingTitle.index + headingTitle[0].length)
  }
  if (!title) return { ok: false, reason: 'no title: add `title:` to the front matter or start with a "# Title" line' }

  const images: ImageRef[] = []
  body = body.replace(MARKDOWN_IMAGE, (_, alt: string, src: string) => {
    images.push({ src, alt: alt.trim() || undefined })
    return imageToken(images.length - 1)
  })
  if (!body.trim()) return { ok: false, reason: 'no text: the post has a title but no content' }

  const unsafeLinksRemoved: string[] = []
  body = body.replace(MARKDOWN_LINK, (whole, text: string, href: string) => {
    if (isSafeUrl(href)) return whole
    unsafeLinksRemoved.push(href)
    return text
  })

  const converted = convertMarkdownToLexical({ editorConfig, markdown: body }) as unknown as EditorState
  const { content, notes } = shapeContent(converted, { unsafeLinksRemoved })

  const heroSrc = asString(first(data, 'hero', 'heroImage', 'hero_image', 'image', 'cover', 'featured_image', 'featuredImage'))
  const heroAlt = asString(first(data, 'heroAlt', 'hero_alt', 'imageAlt', 'image_alt', 'alt'))
  const date = parseDate(first(data, 'date', 'published', 'publishedAt', 'published_at', 'pubDate'))
  const handle = asString(first(data, 'slug', 'handle')) ?? undefined
  const rawDate = first(data, 'date', 'published', 'publishedAt', 'published_at', 'pubDate')
  if (rawDate !== undefined && !date) notes.push(`The date "${String(rawDate)}" could not be read; set the publish date by hand.`)

  return {
    ok: true,
    post: {
      format: 'markdown',
      title,
      slug: handle,
      oldPath: pathFromUrl(asString(first(data, 'url', 'permalink'))),
      sourceId: sourceIdFor({ handle: handle ?? handleFromUrl(asString(first(data, 'url', 'permalink'))) ?? asString(data.id), title, date }),
      date,
      tags: tagsFrom(first(data, 'tags', 'topics', 'categories', 'category')),
      excerpt: asString(first(data, 'excerpt', 'description', 'summary')),
      heroImage: heroSrc ? { src: heroSrc, alt: heroAlt } : undefined,
      images,
      content,
      notes,
    },
  }
}
