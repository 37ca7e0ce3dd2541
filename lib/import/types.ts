import type { EditorState } from '../richtext/build'

export type SourceFormat = 'html' | 'markdown' | 'text'

/**
 * One input as it arrives: a file from disk or an upload in the admin. `name` is the file
 * name (its extension picks the format); `label` is how reports show it (a path for the CLI).
 */
export type ImportSource = { name: string; data: Uint8Array; label?: string; path?: string }

/** An image the post refers to: a path beside the source file, or a remote URL. */
export type ImageRef = { src: string; alt?: string; caption?: string }

/**
 * A post read from a source file, ready to be matched and written. The content is
 * Lexical JSON in which images are still `import-image` placeholders (index into `images`),
 * resolved to uploads when the post is written.
 */
export type ParsedPost = {
  format: SourceFormat
  title: string
  /** The old site's handle, when the source names one (front matter, canonical URL). */
  slug?: string
  /** The post's path on the old site (from its canonical URL or front matter), to forward once published. */
  oldPath?: string
  /** Stable across re-imports of the same post: the old handle/URL, or a hash of title and date. */
  sourceId: string
  date?: Date
  tags: string[]
  /** An excerpt the source gives explicitly (front matter); otherwise taken from the first paragraph. */
  excerpt?: string
  heroImage?: ImageRef
  images: ImageRef[]
  content: EditorState
  /** What the editor should check, in plain words. */
  notes: string[]
}

export type ParseResult = { ok: true; post: ParsedPost } | { ok: false; reason: string }

export type ImportStatus = 'created' | 'updated' | 'skipped' | 'failed'

export type ImportResult = {
  file: string
  status: ImportStatus
  /** Why a file was skipped or failed; what was done otherwise. */
  reason?: string
  title?: string
  slug?: string
  articleId?: number | string
  /** The import note written on the article (also shown in the report). */
  note?: string
  topicsCreated?: string[]
  dryRun: boolean
}

/** Finds a local image a post refers to (beside the file on disk, or among the uploads). */
export type AssetResolver = (src: string, source: ImportSource) => Promise<{ name: string; data: Buffer } | null>
