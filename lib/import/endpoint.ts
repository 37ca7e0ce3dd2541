/**
 * POST /api/articles/import: the admin "Import" view's server side. Multipart form:
 * `files` (posts, plus the images they refer to), or `text` with `format`; `dryRun`.
 * Staff and marketing only; the same lib/import code as the CLI, with the editor's access.
 */
import path from 'node:path'
import type { Endpoint, PayloadHandler } from 'payload'

import { hasRole } from '../model/roles'
import { MAX_UPLOAD_BYTES } from '../model/limits'
import type { User } from '../../payload-types'
import { IMAGE_TYPES } from './images'
import { formatOf } from './read'
import type { AssetResolver, ImportSource, SourceFormat } from './types'

/** Enough for a few dozen saved pages with their images, small enough to refuse a mistake early. */
export const MAX_IMPORT_REQUEST_BYTES = 40 * 1024 * 1024
export const MAX_IMPORT_FILES = 100
export const MAX_PASTED_CHARS = 500_000

const PASTE_NAMES: Record<SourceFormat, string> = { text: 'pasted-text.txt', markdown: 'pasted-text.md', html: 'pasted-page.html' }

const refuse = (status: number, error: string) => Response.json({ error }, { status })

export const importArticlesHandler: PayloadHandler = async (req) => {
  const user = req.user as User | null
  if (!user) return refuse(401, 'Sign in to import posts.')
  if (!hasRole(user, 'admin', 'editor', 'marketing')) return refuse(403, 'Only studio staff and marketing can import posts.')
  if (Number(req.headers.get('content-length') ?? 0) > MAX_IMPORT_REQUEST_BYTES) {
    return refuse(413, `Too much at once: send at most ${MAX_IMPORT_REQUEST_BYTES / 1024 / 1024} MB per import.`)
  }

  let form: FormData
  try {
    form = await req.formData!()
  } catch {
    return refuse(400, 'Send the posts as a multipart form (files, or text with a format).')
  }
  const dryRun = ['true', 'on', '1'].includes(String(form.get('dryRun') ?? ''))
  const uploads = form.getAll('files').filter((entry): entry is File => typeof entry === 'object' && entry !== null && 'arrayBuffer' in entry)
  if (uploads.length > MAX_IMPORT_FILES) return refuse(413, `Too many files: at most ${MAX_IMPORT_FILES} per import.`)

  const sources: ImportSource[] = []
  const images = new Map<string, File>()
  for (const file of uploads) {
    const name = path.basename(file.name || 'upload')
    const isImage = Boolean(IMAGE_TYPES[path.extname(name).toLowerCase()])
    if (isImage && !formatOf(name)) {
      if (file.size <= MAX_UPLOAD_BYTES) images.set(name.toLowerCase(), file)
      continue
    }
    sources.push({ name, label: name, data: new Uint8Array(await file.arrayBuffer()) })
  }

  const pasted = form.get('text')
  if (typeof pasted === 'string' && pasted.trim()) {
    if (pasted.length > MAX_PASTED_CHARS) return refuse(413, `The pasted text is too long (at most ${MAX_PASTED_CHARS.toLocaleString('en')} characters).`)
    const format = String(form.get('format') ?? 'text') as SourceFormat
    const name = PASTE_NAMES[format] ?? PASTE_NAMES.text
    sources.push({ name, label: 'Pasted text', data: new TextEncoder().encode(pasted) })
  }
  if (sources.length === 0) return refuse(400, 'Choose one or more files (.html, .md, .txt) or paste the text of a post.')

  // Images chosen with the posts are found by file name, wherever the post's path pointed.
  const resolveAsset: AssetResolver = async (src) => {
    let name: string
    try {
      name = path.basename(decodeURIComponent(src.split(/[?#]/)[0]))
    } catch {
      name = path.basename(src.split(/[?#]/)[0])
    }
    const file = images.get(name.toLowerCase())
    return file ? { name: path.basename(file.name), data: Buffer.from(await file.arrayBuffer()) } : null
  }

  const { importSources } = await import('./run')
  const report = await importSources(req.payload, sources, { dryRun, user, resolveAsset })
  return Response.json({ report, adminRoute: req.payload.config.routes.admin })
}

export const importArticlesEndpoint: Endpoint = { path: '/import', method: 'post', handler: importArticlesHandler }
