'use client'

import { getImageProps } from 'next/image'
import { preload } from 'react-dom'

import type { ShownImage } from '@/lib/content/media'
import { srcSetUpTo } from '@/lib/model/srcset'


/**
 * `sizes` values that many images on one page share, by name: the payload then carries
 * "card" for each card image instead of the whole media query.
 */
const NAMED_SIZES = {
  /** A card in components/ui/CardGrid.tsx: a third of the page, half, or the full width. */
  card: '(min-width: 1024px) 360px, (min-width: 640px) 50vw, 100vw',
} as const

export type CappedImageProps = {
  /** What a CMS image needs to be drawn (lib/content/media.ts `shownImage`). */
  image: ShownImage
  /** The `sizes` attribute (how wide the image is drawn at each breakpoint), or the name of a shared one. */
  sizes: keyof typeof NAMED_SIZES | (string & {})
  /** The page's largest image above the fold (its LCP): preloaded, eager, fetched first. */
  priority?: boolean
  className?: string
  /** Decorative images (e.g. a card whose title says it all) get empty alt text. */
  decorative?: boolean
}

/**
 * A CMS image through Next's image optimiser: fixed dimensions (no layout shift), focal
 * point kept when cropped. Next offers every configured width; the srcset here stops at
 * the file's own width, since the optimiser never enlarges (a 640 px card was listed up
 * to "1920w", which only made browsers pick the same file by a longer name).
 * A client component so the page's React payload carries these few props, not the srcset;
 * pages use SiteImage, which hands it only the fields it draws.
 */
export function CappedImage({ image, sizes, priority = false, className = '', decorative = false }: CappedImageProps) {
  const { props } = getImageProps({
    src: image.src,
    width: image.width,
    height: image.height,
    alt: decorative ? '' : (image.alt ?? ''),
    sizes: sizes in NAMED_SIZES ? NAMED_SIZES[sizes as keyof typeof NAMED_SIZES] : sizes,
    // Eager and fetched first; without fetchPriority the browser ranks the image below scripts.
    loading: priority ? 'eager' : 'lazy',
    fetchPriority: priority ? 'high' : undefined,
    className: className ? `image-cover ${className}` : 'image-cover',
    style: image.objectPosition ? { objectPosition: image.objectPosition } : undefined,
  })
  const srcSet = srcSetUpTo(props.srcSet, image.width)
  const src = srcSet.largestUrl ?? props.src
  if (priority) preload(src, { as: 'image', imageSrcSet: srcSet.value, imageSizes: props.sizes, fetchPriority: 'high' })
  // Alt text is in props (empty for decorative images); the linter cannot see through the spread.
  // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text
  return <img {...props} src={src} srcSet={srcSet.value} />
}
