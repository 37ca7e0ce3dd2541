import type { SiteImage as SiteImageData } from '@/lib/content/media'

import { CappedImage, type CappedImageProps } from './CappedImage'

type Props = Omit<CappedImageProps, 'image'> & { image: SiteImageData }

/** Where an image is cropped around when nobody set a focal point: CSS's own default. */
const CENTRE = '50% 50%'

/**
 * A CMS image (components/ui/CappedImage.tsx draws it). Only the fields the image shows are
 * passed on: caption and credit, the alt text of a decorative image (it gets an empty one)
 * and a centred focal point would otherwise ride along in the page's React payload.
 */
export function SiteImage({ image: { src, width, height, alt, objectPosition }, ...rest }: Props) {
  const image = {
    src,
    width,
    height,
    ...(rest.decorative ? {} : { alt }),
    ...(objectPosition === CENTRE ? {} : { objectPosition }),
  }
  return <CappedImage image={image} {...rest} />
}
