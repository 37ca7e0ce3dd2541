import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionConfig, CollectionSlug } from 'payload'

import { pathFor } from '../../lib/model/routes'


type Sluggable = { id?: number | string; slug?: string | null; _status?: 'draft' | 'published' | null }

const goesLive = (data: Sluggable, hasDrafts: boolean) => !hasDrafts || data._status === 'published'

/**
 * Before a save that goes live, remember the address the document is live at now. For
 * collections with drafts the main row is the published version, so it is read as such.
 */
export const rememberLiveAddress: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc?.id) return data
  const hasDrafts = Boolean(collection.versions?.drafts)
  if (!goesLive(data as Sluggable, hasDrafts)) return data
  const live = (await req.payload.findByID({
    collection: collection.slug as CollectionSlug,
    id: originalDoc.id,
    depth: 0,
    draft: false,
    overrideAccess: true,
    disableErrors: true,
    select: { slug: true, ...(hasDrafts ? { _status: true } : {}) },
    req,
  })) as Sluggable | null
  if (!live?.slug || (hasDrafts && live._status !== 'published')) return data
  const newSlug = (data as Sluggable).slug ?? live.slug
  // Nested Local API calls replace req.context with a copy, so write to the current one.
  if (newSlug !== live.slug) req.context.movedFrom = pathFor(collection.slug, live.slug)
  return data
}

/**
 * After a live page moved, its old address forwards to the document (so it follows any
 * later move too), and a redirect that sat on the new address is removed: the page now
 * answers there, and keeping it could only create a loop later.
 */
export const redirectOldAddress: CollectionAfterChangeHook = async ({ collection, doc, req, context }) => {
  const movedFrom = typeof context.movedFrom === 'string' ? context.movedFrom : null
  if (!movedFrom) return doc
  delete context.movedFrom
  const newPath = pathFor(collection.slug, (doc as Sluggable).slug)
  if (newPath) {
    await req.payload.delete({ collection: 'redirects', where: { from: { equals: newPath } }, overrideAccess: true, req })
  }
  const data = {
    from: movedFrom,
    to: { type: 'reference' as const, reference: { relationTo: collection.slug as 'articles', value: doc.id } },
    type: '308' as const,
  }
  const existing = await req.payload.find({
    collection: 'redirects',
    where: { from: { equals: movedFrom } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (existing.docs[0]) {
    await req.payload.update({ collection: 'redirects', id: existing.docs[0].id, data, overrideAccess: true, req })
  } else {
    await req.payload.create({ collection: 'redirects', data, overrideAccess: true, req })
  }
  return doc
}


/** Adds the slug-change redirect hooks to a collection's own hooks (they run last). */
export function withSlugRedirects(hooks: CollectionConfig['hooks'] = {}): CollectionConfig['hooks'] {
  return {
    ...hooks,
    beforeChange: [...(hooks.beforeChange ?? []), rememberLiveAddress],
    afterChange: [...(hooks.afterChange ?? []), redirectOldAddress],
  }
}
