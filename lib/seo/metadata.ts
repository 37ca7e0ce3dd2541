import type { Metadata } from 'next'

import type { Media } from '@/payload-types'

import { clampDescription } from '../model/limits'
import { blogFeedAlternates } from './feed-links'
import { absoluteUrl, siteUrl } from '../server/site-url'

export const SITE_NAME = 'B The Method'
export const SITE_DESCRIPTION = 'Pilates-inspired, low-impact mobility with a small ball, breathwork and mindful movement.'

/** The SEO plugin's fields as pages read them: every one may be empty. */
export type MetaOverride = { title?: string | null; description?: string | null; image?: unknown } | null | undefined

type SocialImage = { url: string; width: number; height: number; alt: string }

/** The 1200×630 "social" size of an uploaded image (or the original), as an absolute URL. */
export function socialImageOf(value: unknown): SocialImage | null {
  if (!value || typeof value !== 'object') return null
  const media = value as Partial<Media>
  if (!media.url || (media.mimeType && !media.mimeType.startsWith('image/'))) return null
  const social = media.sizes?.social
  const source = social?.url && social.width && social.height ? social : media
  if (!source.url || !source.width || !source.height) return null
  return { url: absoluteUrl(source.url), width: source.width, height: source.height, alt: media.alt ?? '' }
}

export type PageMetadataInput = {
  /** The page's own name; the layout's template adds " | B The Method". */
  title: string
  description?: string | null
  /** The page's path on the site, for the canonical URL and og:url. */
  path: string
  /** Editor overrides from the SEO fields; each wins over the page's own value. */
  meta?: MetaOverride
  /** The document's own picture, used when the editor set none. */
  image?: unknown
  /**
   * The page has a generated share card (an opengraph-image route beside it): only an
   * editor's image replaces it, so the document's picture and site default are not used.
   */
  generatedCard?: boolean
  article?: { publishedTime?: string | null; modifiedTime?: string | null; authors?: (string | null | undefined)[]; tags?: string[] }
  noIndex?: boolean
}

/**
 * Everything a page says about itself to search engines and link previews: title,
 * description, canonical URL, Open Graph and Twitter cards, with the editor's SEO
 * fields taking precedence over the document's own title, summary and picture.
 */
export function buildPageMetadata(input: PageMetadataInput, siteDefaultImage: unknown = null): Metadata {
  const metaTitle = input.meta?.title?.trim()
  const shareTitle = metaTitle || input.title
  const description = clampDescription(input.meta?.description?.trim() || input.description?.trim() || SITE_DESCRIPTION)
  const url = absoluteUrl(input.path)
  const override = socialImageOf(input.meta?.image)
  const image = input.generatedCard ? override : (override ?? socialImageOf(input.image) ?? socialImageOf(siteDefaultImage))
  return {
    // An editor's title is used as written: it already carries the brand if they want it.
    title: metaTitle ? { absolute: metaTitle } : input.title,
    description,
    alternates: { canonical: url },
    openGraph: {
      siteName: SITE_NAME,
      locale: 'en_US',
      url,
      title: shareTitle,
      description,
      // Left out entirely (not undefined) when empty, so a generated opengraph-image applies.
      ...(image ? { images: [image] } : {}),
      ...(input.article
        ? {
            type: 'article',
            publishedTime: input.article.publishedTime ?? undefined,
            modifiedTime: input.article.modifiedTime ?? undefined,
            authors: input.article.authors?.filter((name): name is string => Boolean(name)),
            tags: input.article.tags,
          }
        : { type: 'website' }),
    },
    // The card type alone: X takes the title, description and picture from the og: tags
    // when its own are missing, and each would be sent twice more (markup and payload).
    // Next copies the og: fields across unless they are set; an empty list keeps the five
    // twitter:image tags out (the title and description it copies regardless).
    twitter: { card: image || input.generatedCard ? 'summary_large_image' : 'summary', images: [] },
    ...(input.noIndex ? { robots: { index: false, follow: true } } : {}),
  }
}

/** The defaults every page inherits from the site layout. */
export function siteMetadata(): Metadata {
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: SITE_NAME, template: `%s | ${SITE_NAME}` },
    description: SITE_DESCRIPTION,
    applicationName: SITE_NAME,
    openGraph: { siteName: SITE_NAME, locale: 'en_US', type: 'website' },
    twitter: { card: 'summary' },
  }
}

/** buildPageMetadata with the Studio's default sharing image as the last resort (cached read). */
export async function pageMetadata(input: PageMetadataInput): Promise<Metadata> {
  // Imported here so the pure builder above stays free of Payload for unit tests.
  const { getStudioForRequest } = await import('../preview/session')
  const studio = await getStudioForRequest()
  return buildPageMetadata(input, studio.defaultSeoImage)
}

/** Adds the journal's RSS feed to a page's <head> for feed readers to discover. */
export function withJournalFeed(metadata: Metadata): Metadata {
  return {
    ...metadata,
    alternates: { ...metadata.alternates, ...blogFeedAlternates },
  }
}

/** The title of a page with nothing to show (its 404 answer). */
export const NOT_FOUND_METADATA: Metadata = { title: 'Page not found' }
