import type { Payload, Where } from 'payload'

import type { Article } from '../../payload-types'

/** An article this post was imported into before (by source id), or one with its slug. */
export type Match = { by: 'sourceId' | 'slug'; doc: Article }

export async function findMatch(payload: Payload, sourceId: string, slug: string): Promise<Match | null> {
  const find = async (where: Where) =>
    (await payload.find({ collection: 'articles', where, draft: true, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  const bySource = await find({ 'imported.sourceId': { equals: sourceId } })
  if (bySource) return { by: 'sourceId', doc: bySource }
  const bySlug = await find({ slug: { equals: slug } })
  return bySlug ? { by: 'slug', doc: bySlug } : null
}

/** Published now, or at any time before (a published version exists). */
export async function everPublished(payload: Payload, doc: Article): Promise<boolean> {
  if (doc._status === 'published') return true
  const published = await payload.count({ collection: 'articles', where: { id: { equals: doc.id }, _status: { equals: 'published' } }, overrideAccess: true })
  if (published.totalDocs > 0) return true
  const versions = await payload.findVersions({
    collection: 'articles',
    where: { and: [{ parent: { equals: doc.id } }, { 'version._status': { equals: 'published' } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return versions.totalDocs > 0
}
