import type { Payload } from 'payload'

import { addSearchText } from '../../collections/plugins/search'
import { SEARCH_PRIORITIES, SEARCHABLE_COLLECTIONS } from '../model/collections'

/**
 * Fills an empty search index from the published content, as the admin's "Reindex"
 * button would: for databases whose content predates the index (the hooks keep it
 * current from then on). Does nothing when the index already has rows.
 */
export async function fillEmptySearchIndex(payload: Payload): Promise<number> {
  if ((await payload.count({ collection: 'search' })).totalDocs > 0) return 0
  let added = 0
  for (const collection of SEARCHABLE_COLLECTIONS) {
    const { docs } = await payload.find({
      collection,
      where: { _status: { equals: 'published' } },
      draft: false,
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    for (const doc of docs) {
      const searchDoc = await addSearchText({
        collectionSlug: collection,
        originalDoc: doc as never,
        payload,
        req: {} as never,
        searchDoc: { doc: { relationTo: collection, value: String(doc.id) }, title: '' },
      })
      await payload.create({
        collection: 'search',
        data: { ...searchDoc, doc: { relationTo: collection, value: doc.id }, priority: SEARCH_PRIORITIES[collection] } as never,
        overrideAccess: true,
      })
      added++
    }
  }
  return added
}
