/**
 * Writes one parsed post as a draft article: matched by source id, then slug; never over
 * an article that has been published; topics found or created from tags; images uploaded.
 * Everything for one post happens in one transaction, so a failure leaves nothing behind.
 */
import type { Payload, PayloadRequest } from 'payload'

import { hasRole } from '../model/roles'
import { EXCERPT_MAX } from '../model/limits'
import { slugify } from '../model/slug'
import type { Article, User } from '../../payload-types'
import type { EditorState, LexicalNode } from '../richtext/build'
import { imageNode, placeImage, type ImageContext, type ImageOutcome } from './images'
import { firstParagraph, plainText, trimExcerpt } from './shape'
import { findMatch, everPublished } from './existing'
import { importNote } from './note'
import { sourceIdFor } from './source-id'
import { resolveTopics } from './topics'
import type { AssetResolver, ImportResult, ImportSource, ParsedPost } from './types'
import { routes } from '../model/routes'
import { normalizeSitePath } from '../model/site-path'
import { removeMediaFiles } from '../server/media-storage'

export type UpsertOptions = {
  /** The file (or pasted text) the post came from. */
  source: ImportSource
  resolveAsset: AssetResolver
  dryRun?: boolean
  /** The signed-in editor (admin view): their access applies and they become the author. None: the CLI. */
  user?: User | null
  /** Author of new drafts when there is no signed-in editor (`--author`). */
  authorId?: number | null
  now?: Date
}

const TITLE_MAX = 160

export async function upsertPost(payload: Payload, post: ParsedPost, options: UpsertOptions): Promise<ImportResult> {
  const dryRun = Boolean(options.dryRun)
  const base = { file: options.source.label ?? options.source.name, title: post.title, dryRun }
  const slug = slugify(post.slug || post.title) || slugify(sourceIdFor({ title: post.title, date: post.date }))

  // Drafts are saved without validation: what the published article will need is checked here.
  if (post.title.length > TITLE_MAX) {
    return { ...base, status: 'failed', slug, reason: `the title is ${post.title.length} characters long; articles allow ${TITLE_MAX}: shorten it in the source` }
  }

  const match = await findMatch(payload, post.sourceId, slug)
  if (match) {
    if (await everPublished(payload, match.doc)) {
      return { ...base, status: 'skipped', slug: match.doc.slug, articleId: match.doc.id, reason: 'already published in the CMS' }
    }
    if (match.by === 'slug' && !match.doc.imported?.sourceId) {
      return {
        ...base,
        status: 'skipped',
        slug,
        articleId: match.doc.id,
        reason: `a draft with the slug "${slug}" was written in the CMS, not imported: rename or delete it to import this post`,
      }
    }
  }

  const transactionID = dryRun ? null : await payload.db.beginTransaction()
  const req: Partial<PayloadRequest> | undefined = transactionID ? { transactionID } : undefined
  const access = options.user ? { user: options.user, overrideAccess: false } : { overrideAccess: true }
  const images: ImageContext = { payload, req, resolveAsset: options.resolveAsset, source: options.source, dryRun, created: [] }
  try {
    const topics = await resolveTopics(payload, post.tags, { dryRun, req, canCreate: !options.user || hasRole(options.user, 'admin', 'editor') })

    const outcomes: ImageOutcome[] = []
    const hero = post.heroImage ? await placeImage(post.heroImage, images) : null
    if (hero) outcomes.push(hero)
    const placed = new Map<number, ImageOutcome>()
    for (const [index, ref] of post.images.entries()) {
      const outcome = await placeImage(ref, images)
      placed.set(index, outcome)
      outcomes.push(outcome)
    }
    const content = resolveImages(post.content, placed)

    const explicit = post.excerpt?.trim()
    const excerptSource = explicit || firstParagraph(content) || plainText(content.root as never)
    const excerpt = trimExcerpt(excerptSource, EXCERPT_MAX)
    if (!excerpt) throw new ImportError('no text for the excerpt')

    const now = options.now ?? new Date()
    const note = importNote({ post, sourceName: options.source.name, now, outcomes, topics, excerptCut: excerpt.length < excerptSource.trim().length, explicit: Boolean(explicit) })
    const data = {
      title: post.title,
      excerpt,
      content: content as Article['content'],
      topics: topics.ids,
      ...(post.date ? { publishedAt: post.date.toISOString() } : {}),
      ...(hero && 'mediaId' in hero && hero.mediaId !== undefined ? { heroImage: Number(hero.mediaId) } : {}),
      _status: 'draft' as const,
      imported: { sourceId: post.sourceId, sourceFile: options.source.name, importedAt: now.toISOString(), note },
    }

    let articleId: number | string | undefined = match?.doc.id
    if (!dryRun) {
      if (match) {
        await payload.update({ collection: 'articles', id: match.doc.id, data, draft: true, req, ...access })
      } else {
        const author = options.user ? {} : options.authorId ? { author: options.authorId } : {}
        const created = await payload.create({ collection: 'articles', data: { ...data, slug, ...author }, draft: true, req, ...access })
        articleId = created.id
      }
      const oldPath = post.oldPath ? normalizeSitePath(post.oldPath) : null
      // An old address that is the article's own new one needs no forwarding.
      if (oldPath && articleId !== undefined && oldPath !== routes.article(match?.doc.slug ?? slug)) {
        await forwardOldAddress(payload, oldPath, articleId, req)
      }
      await payload.db.commitTransaction(transactionID!)
    }
    return {
      ...base,
      status: match ? 'updated' : 'created',
      slug: match?.doc.slug ?? slug,
      articleId,
      note,
      topicsCreated: topics.created,
      reason: match ? `matched by ${match.by === 'sourceId' ? 'source id' : 'slug'}` : undefined,
    }
  } catch (error) {
    if (transactionID) {
      await payload.db.rollbackTransaction(transactionID)
      await removeUploadedFiles(payload, images.created)
    }
    return { ...base, status: 'failed', slug, reason: describeError(error) }
  }
}

class ImportError extends Error {}

function resolveImages(state: EditorState, placed: Map<number, ImageOutcome>): EditorState {
  const children: LexicalNode[] = []
  for (const node of state.root.children) {
    if (node.type !== 'import-image') {
      children.push(node)
      continue
    }
    const outcome = placed.get(Number(node.index))
    const replacement = outcome ? imageNode(outcome) : null
    if (replacement) children.push(replacement)
  }
  return { root: { ...state.root, children } }
}

/**
 * The post's old address forwards to the article (a redirect to the document, which
 * applies once it is published), so links to the old blog keep working after the move.
 */
async function forwardOldAddress(payload: Payload, oldPath: string, articleId: number | string, req?: Partial<PayloadRequest>): Promise<void> {
  const from = normalizeSitePath(oldPath)
  const existing = await payload.find({ collection: 'redirects', where: { from: { equals: from } }, limit: 1, depth: 0, overrideAccess: true, req })
  const data = { from, to: { type: 'reference' as const, reference: { relationTo: 'articles' as const, value: Number(articleId) } }, type: '308' as const }
  if (existing.docs[0]) await payload.update({ collection: 'redirects', id: existing.docs[0].id, data, overrideAccess: true, req })
  else await payload.create({ collection: 'redirects', data, overrideAccess: true, req })
}

function describeError(error: unknown): string {
  const data = (error as { data?: { errors?: { path?: string; message?: string }[] } }).data
  if (data?.errors?.length) return data.errors.map((entry) => (entry.path ? `${entry.path}: ${entry.message}` : entry.message)).join('; ')
  return (error as Error)?.message ?? String(error)
}

/** Files of media created in a transaction that rolled back: the rows are gone, so are they (on disk or in the bucket). */
async function removeUploadedFiles(payload: Payload, created: ImageContext['created']): Promise<void> {
  const names = created.flatMap((media) => [media.filename, ...Object.values(media.sizes ?? {}).map((size) => size?.filename)])
  await removeMediaFiles(payload, names.filter((name): name is string => Boolean(name)))
}
