import Image from 'next/image'

import type { SiteImage as SiteImageData } from '@/lib/content/media'

type Props = {
  image: SiteImageData
  /** The `sizes` attribute: how wide the image is drawn at each breakpoint. */
  sizes: string
  /** The page's largest image above the fold (its LCP): preloaded, eager, fetched first. */
  priority?: boolean
  className?: string
  /** Decorative images (e.g. a card whose title says it all) get empty alt text. */
  decorative?: boolean
}

/** A CMS image through next/image: fixed dimensions (no layout shift), focal point kept when cropped. */
export function SiteImage({ image, sizes, priority = false, className = '', decorative = false }: Props) {
  return (
    <Image
      src={image.src}
      width={image.width}
      height={image.height}
      alt={decorative ? '' : image.alt}
      sizes={sizes}
      // Next 16 preloads and loads eagerly with `preload` (`priority` is deprecated) but
      // leaves the fetch priority to us: without it the browser ranks the image below scripts.
      preload={priority}
      fetchPriority={priority ? 'high' : undefined}
      className={`h-full w-full object-cover ${className}`}
      style={{ objectPosition: image.objectPosition }}
    />
  )
}
