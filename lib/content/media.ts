import type { Media } from '@/payload-types'

import { sitePath } from '../server/site-url'

/** The fields of a Media document that the site shows; used as `populate`/`select`. */
export const mediaSelect = {
  alt: true,
  caption: true,
  credit: true,
  // Payload derives `url` from `filename`: both must be selected.
  url: true,
  filename: true,
  mimeType: true,
  width: true,
  height: true,
  focalX: true,
  focalY: true,
  sizes: {
    card: { url: true, filename: true, width: true, height: true },
    hero: { url: true, filename: true, width: true, height: true },
    social: { url: true, filename: true, width: true, height: true },
  },
} as const

export type ImageVariant = 'card' | 'hero' | 'original'

export type SiteImage = {
  src: string
  width: number
  height: number
  alt: string
  caption: string | null
  credit: string | null
  /** CSS object-position from the editor's focal point. */
  objectPosition: string
}

/**
 * The best stored size of an image for a place on the page, or null when the value is
 * not a populated image (missing, unpublished, or a video).
 */
export function toSiteImage(value: unknown, variant: ImageVariant = 'card'): SiteImage | null {
  if (!value || typeof value !== 'object') return null
  const media = value as Partial<Media>
  if (!media.url || (media.mimeType && !media.mimeType.startsWith('image/'))) return null
  const sized = variant === 'original' ? null : media.sizes?.[variant]
  const source = sized?.url && sized.width && sized.height ? sized : media
  if (!source.url || !source.width || !source.height) return null
  return {
    src: sitePath(source.url),
    width: source.width,
    height: source.height,
    alt: media.alt ?? '',
    caption: media.caption ?? null,
    credit: media.credit ?? null,
    objectPosition: `${media.focalX ?? 50}% ${media.focalY ?? 50}%`,
  }
}

/** What of an image reaches the browser (a client component's props): no alt text when it is decorative, no focal point when it is the centre. */
export type ShownImage = { src: string; width: number; height: number; alt?: string; objectPosition?: string }

/** Where an image is cropped around when nobody set a focal point: CSS's own default. */
const CENTRE = '50% 50%'

export function shownImage({ src, width, height, alt, objectPosition }: SiteImage, { decorative = false } = {}): ShownImage {
  return { src, width, height, ...(decorative ? {} : { alt }), ...(objectPosition === CENTRE ? {} : { objectPosition }) }
}

/** A decorative image of a card (its title says it all), as the card's client component takes it. */
export function decorativeImage(value: unknown, variant: ImageVariant = 'card'): ShownImage | null {
  const image = toSiteImage(value, variant)
  return image && shownImage(image, { decorative: true })
}
