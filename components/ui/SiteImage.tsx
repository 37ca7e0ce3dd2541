import { shownImage, type SiteImage as SiteImageData } from '@/lib/content/media'

import { CappedImage, type CappedImageProps } from './CappedImage'

type Props = Omit<CappedImageProps, 'image'> & { image: SiteImageData }

/**
 * A CMS image (components/ui/CappedImage.tsx draws it). Only the fields the image shows are
 * passed on (lib/content/media.ts `shownImage`): caption and credit, the alt text of a
 * decorative image and a centred focal point would otherwise ride along in the page's
 * React payload.
 */
export function SiteImage({ image, ...rest }: Props) {
  return <CappedImage image={shownImage(image, { decorative: rest.decorative })} {...rest} />
}
