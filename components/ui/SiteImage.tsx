import type { SiteImage as SiteImageData } from '@/lib/content/media'

import { CappedImage, type CappedImageProps } from './CappedImage'

type Props = Omit<CappedImageProps, 'image'> & { image: SiteImageData }

/**
 * A CMS image (components/ui/CappedImage.tsx draws it). Only the fields the image shows are
 * passed on: caption and credit would otherwise ride along in the page's React payload.
 */
export function SiteImage({ image: { src, width, height, alt, objectPosition }, ...rest }: Props) {
  return <CappedImage image={{ src, width, height, alt, objectPosition }} {...rest} />
}
