/**
 * Uploads are judged by their bytes, not by the name or the type the browser claims:
 * a text file called ".jpg" or an HTML page called ".png" is refused before Payload
 * stores it or sharp reads it. SVG is not accepted at all (it can carry script). Pure.
 */
import { MAX_UPLOAD_BYTES } from './limits'

/** Larger pictures than this are no one's photograph and take sharp seconds and gigabytes to resize. */
export const MAX_IMAGE_MEGAPIXELS = 40

type Signature = { type: string; extensions: string[]; matches: (bytes: Uint8Array) => boolean }

const ascii = (bytes: Uint8Array, offset: number, text: string) => [...text].every((character, index) => bytes[offset + index] === character.charCodeAt(0))
const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((byte, index) => bytes[index] === byte)
/** ISO media files (MP4, AVIF) say what they are in their `ftyp` box's brand. */
const ftypBrand = (bytes: Uint8Array) => (ascii(bytes, 4, 'ftyp') ? String.fromCharCode(...bytes.slice(8, 12)) : null)
const AVIF_BRANDS = new Set(['avif', 'avis'])
const UTF8_BOM = [0xef, 0xbb, 0xbf]

export const UPLOAD_SIGNATURES: Signature[] = [
  { type: 'image/jpeg', extensions: ['jpg', 'jpeg'], matches: (bytes) => startsWith(bytes, [0xff, 0xd8, 0xff]) },
  { type: 'image/png', extensions: ['png'], matches: (bytes) => startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { type: 'image/gif', extensions: ['gif'], matches: (bytes) => ascii(bytes, 0, 'GIF87a') || ascii(bytes, 0, 'GIF89a') },
  { type: 'image/webp', extensions: ['webp'], matches: (bytes) => ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WEBP') },
  { type: 'image/avif', extensions: ['avif'], matches: (bytes) => AVIF_BRANDS.has(ftypBrand(bytes) ?? '') },
  { type: 'video/mp4', extensions: ['mp4', 'm4v'], matches: (bytes) => ftypBrand(bytes) !== null && !AVIF_BRANDS.has(ftypBrand(bytes)!) },
  { type: 'video/webm', extensions: ['webm'], matches: (bytes) => startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3]) },
  { type: 'text/vtt', extensions: ['vtt'], matches: (bytes) => ascii(bytes, startsWith(bytes, UTF8_BOM) ? 3 : 0, 'WEBVTT') },
]

export const ACCEPTED_UPLOAD_TYPES = UPLOAD_SIGNATURES.map((signature) => signature.type)
const ACCEPTED_EXTENSIONS = UPLOAD_SIGNATURES.flatMap((signature) => signature.extensions.map((extension) => `.${extension}`)).join(', ')

const extensionOf = (name: string) => (/\.([a-z0-9]+)$/i.exec(name)?.[1] ?? '').toLowerCase()

/** What the bytes are, whatever the name says; null for anything not accepted. */
export function detectUploadType(bytes: Uint8Array): string | null {
  return UPLOAD_SIGNATURES.find((signature) => signature.matches(bytes))?.type ?? null
}

/** Why these bytes under this name may not be stored, as a sentence for the editor; null when they may. */
export function uploadBytesProblem(name: string, bytes: Uint8Array): string | null {
  if (bytes.length > MAX_UPLOAD_BYTES) return `"${name.slice(0, 80)}" is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`
  const extension = extensionOf(name)
  if (extension === 'svg' || extension === 'svgz') return 'SVG files are not accepted (they can carry script): upload a PNG, JPEG or WebP'
  const claimed = UPLOAD_SIGNATURES.find((signature) => signature.extensions.includes(extension))
  if (!claimed) return `".${extension.slice(0, 12)}" files are not accepted: use ${ACCEPTED_EXTENSIONS}`
  const actual = detectUploadType(bytes)
  if (actual !== claimed.type) return `"${name.slice(0, 80)}" is not a ${extension.toUpperCase()} file: its contents ${actual ? `are ${actual}` : 'are not any accepted image, video or caption format'}`
  return null
}

/** Why a picture of these dimensions is refused; null when it is within the limit. */
export function megapixelProblem(width: number, height: number, pages = 1): string | null {
  const megapixels = (width * height * pages) / 1_000_000
  return megapixels > MAX_IMAGE_MEGAPIXELS ? `the picture is ${Math.round(megapixels)} megapixels (${width} × ${height}); the limit is ${MAX_IMAGE_MEGAPIXELS}` : null
}
