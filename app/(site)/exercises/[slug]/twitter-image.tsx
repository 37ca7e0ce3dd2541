// The X/Twitter card shows the same picture as the Open Graph card.
export { alt, contentType, default, size } from './opengraph-image'
