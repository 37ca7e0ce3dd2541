/**
 * Images a post refers to: local files are uploaded to Media (reusing an identical upload),
 * with the source's alt text or a provisional one flagged for the editor; remote ones
 * are not downloaded (the importer has no internet): they stay in the draft as a link. SVG is
 * not imported (Media refuses it: it can carry script).
 */
import path from 'node:path'
import type { Payload, PayloadRequest } from 'payload'

import { link, paragraph, text, type LexicalNode } from '../richtext/build'
import type { AssetResolver, ImageRef, ImportSource } from './types'

export const IMAGE_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
}

export const isRemote = (src: string) => /^(https?:)?\/\//i.test(src)
export const isEmbedded = (src: string) => /^data:/i.test(src)

/** "hero-shoulder_mobility-2.png" -> "Hero shoulder mobility 2": a placeholder until the editor writes one. */
export function provisionalAlt(fileName: string): string {
  const words = path
    .basename(fileName, path.extname(fileName))
    .replace(/[-_.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return words ? words[0].toUpperCase() + words.slice(1) : 'Image from the old blog'
}

export type ImageOutcome =
  | { kind: 'uploaded' | 'reused' | 'would-upload'; ref: ImageRef; name: string; mediaId?: number | string; altNeedsReview: boolean }
  | { kind: 'remote' | 'missing' | 'unsupported'; ref: ImageRef }

export type ImageContext = {
  payload: Payload
  req?: Partial<PayloadRequest>
  resolveAsset: AssetResolver
  source: ImportSource
  dryRun: boolean
  /** Media created in this post's transaction; their files are removed again if it rolls back. */
  created: { filename?: string | null; sizes?: Record<string, { filename?: string | null } | undefined> | null }[]
}

export async function placeImage(ref: ImageRef, context: ImageContext): Promise<ImageOutcome> {
  if (isRemote(ref.src) || isEmbedded(ref.src)) return { kind: 'remote', ref }
  const asset = await context.resolveAsset(ref.src, context.source)
  if (!asset) return { kind: 'missing', ref }
  const mimetype = IMAGE_TYPES[path.extname(asset.name).toLowerCase()]
  if (!mimetype) return { kind: 'unsupported', ref }
  const altNeedsReview = !ref.alt

  const { payload, req } = context
  const stem = path.basename(asset.name, path.extname(asset.name))
  const { docs } = await payload.find({
    collection: 'media',
    where: { and: [{ filename: { like: stem } }, { filesize: { equals: asset.data.byteLength } }, { mimeType: { equals: mimetype } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (docs[0]) return { kind: 'reused', ref, name: asset.name, mediaId: docs[0].id, altNeedsReview: Boolean(docs[0].altNeedsReview) }
  if (context.dryRun) return { kind: 'would-upload', ref, name: asset.name, altNeedsReview }

  const media = await payload.create({
    collection: 'media',
    data: { alt: ref.alt ?? provisionalAlt(asset.name), altNeedsReview, caption: ref.caption },
    file: { data: asset.data, mimetype, name: asset.name, size: asset.data.byteLength },
    overrideAccess: true,
    req,
  })
  context.created.push(media as ImageContext['created'][number])
  return { kind: 'uploaded', ref, name: asset.name, mediaId: media.id, altNeedsReview }
}

/** What stands in the draft for an image: the upload, or a visible reminder with its address. */
export function imageNode(outcome: ImageOutcome): LexicalNode | null {
  if ('mediaId' in outcome && outcome.mediaId !== undefined) {
    return { type: 'upload', relationTo: 'media', value: outcome.mediaId, fields: null, format: '', version: 3 }
  }
  if (outcome.kind === 'would-upload') return null
  const label = outcome.kind === 'remote' ? 'Image not imported (on the old site)' : outcome.kind === 'missing' ? 'Image not found' : 'Image type not supported'
  const url = isEmbedded(outcome.ref.src) ? '' : outcome.ref.src
  return italicLinkParagraph(`${label}: `, url, outcome.ref.alt ?? url)
}

const FORMAT_ITALIC = 2

/** "_Label: _[title](url)": a reminder for the editor, in the draft where the image was. */
function italicLinkParagraph(label: string, url: string, title: string): LexicalNode {
  const children = [text(label, FORMAT_ITALIC)]
  if (url) children.push(link(url, [text(title || url, FORMAT_ITALIC)]))
  else if (title) children.push(text(title, FORMAT_ITALIC))
  return paragraph(children)
}
