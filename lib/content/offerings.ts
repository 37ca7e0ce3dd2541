import type { Offering } from '@/payload-types'

import { cachedRead, cacheTags } from '../server/cache'
import { readMode, type ReadOptions } from './read-mode'
import { mediaSelect } from './media'
import { getPayloadClient } from '../server/payload'
import { OFFERING_KINDS } from '../model/taxonomy'

/** Published offerings in the order staff set. */
export async function listOfferings(options: { featuredOnly?: boolean } & ReadOptions = {}): Promise<Offering[]> {
  return cachedRead(
    ['offerings', options.featuredOnly ? 'featured' : 'all'],
    [cacheTags.collection('offerings'), cacheTags.collection('media')],
    async () => {
      const payload = await getPayloadClient()
      const { docs } = await payload.find({
        collection: 'offerings',
        ...readMode(options),
        where: options.featuredOnly ? { featured: { equals: true } } : undefined,
        sort: ['sortOrder', 'name'],
        limit: 100,
        depth: 1,
        populate: { media: mediaSelect },
      })
      return docs
    },
    options,
  )
}

/** Offerings grouped by kind, kinds in the storefront's order, empty kinds left out. */
export function groupOfferingsByKind(offerings: Offering[]): { kind: string; label: string; offerings: Offering[] }[] {
  return OFFERING_KINDS.map(({ value, label }) => ({
    kind: value,
    label,
    offerings: offerings.filter((offering) => offering.kind === value),
  })).filter((group) => group.offerings.length > 0)
}

/** When the offerings page last changed: the newest change of a published offering (null when none). */
export async function getOfferingsLastModified(): Promise<string | null> {
  return cachedRead(['offerings', 'last-modified'], [cacheTags.collection('offerings')], async () => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'offerings',
      ...readMode(),
      sort: '-updatedAt',
      limit: 1,
      pagination: false,
      depth: 0,
      select: { updatedAt: true },
    })
    return docs[0]?.updatedAt ?? null
  })
}
