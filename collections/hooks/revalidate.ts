import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { afterCommit } from '../../lib/server/after-commit'
import { cacheTags, expireTags } from '../../lib/server/cache'

type Doc = { id?: number | string; slug?: string | null; _status?: 'draft' | 'published' | null }
type ExtraTags = (args: { doc: Doc; req: PayloadRequest }) => Promise<string[]> | string[]

/**
 * A draft save leaves the live page as it was; a publish, an unpublish and any save
 * of a collection without drafts change what visitors see.
 */
export const changesLiveContent = (doc: Doc, previousDoc: Doc | undefined, req: Pick<PayloadRequest, 'query'>) =>
  // The admin's saves and autosaves of drafts arrive with ?draft=true: they only write versions.
  String(req.query?.draft) !== 'true' && (doc._status !== 'draft' || previousDoc?._status === 'published')

function tagsFor(collection: string, docs: (Doc | undefined)[]): string[] {
  const tags = [cacheTags.collection(collection)]
  for (const doc of docs) if (doc?.slug) tags.push(cacheTags.doc(collection, doc.slug))
  return tags
}

/**
 * afterChange/afterDelete hooks that expire (once the write is committed) the cached pages showing a document: its
 * own page (old and new slug), the listings of its collection, and whatever `extra`
 * names (e.g. the articles that embed an exercise).
 */
export function revalidateCollection(collection: string, extra?: ExtraTags) {
  const afterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
    if (context.skipRevalidate || !changesLiveContent(doc, previousDoc, req)) return doc
    const tags = [...tagsFor(collection, [doc, previousDoc]), ...((await extra?.({ doc, req })) ?? [])]
    await afterCommit(req, () => expireTags(tags))
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req, context }) => {
    if (context.skipRevalidate) return doc
    const tags = [...tagsFor(collection, [doc]), ...((await extra?.({ doc, req })) ?? [])]
    await afterCommit(req, () => expireTags(tags))
    return doc
  }
  return { afterChange: [afterChange], afterDelete: [afterDelete] }
}

export function revalidateGlobal(slug: string): GlobalAfterChangeHook {
  return async ({ doc, previousDoc, context, req }) => {
    if (!context.skipRevalidate && changesLiveContent(doc, previousDoc, req)) await afterCommit(req, () => expireTags([cacheTags.global(slug)]))
    return doc
  }
}
