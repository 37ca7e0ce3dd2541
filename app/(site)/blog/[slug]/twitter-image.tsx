// The X/Twitter card shows the same picture as the Open Graph card.
export { alt, contentType, default, generateStaticParams, size } from './opengraph-image'
