import type { CollectionSlug, Payload } from 'payload'

import type { Role } from '../model/roles'

export type SeedReport = { created: string[]; skipped: string[] }

/** Demo documents by their natural key (slug, image key), for the ones that refer to them. */
type Kind = 'media' | 'topics' | 'exercises' | 'routines' | 'articles' | 'locations' | 'instructors' | 'classes'

export type SeedContext = {
  payload: Payload
  report: SeedReport
  note: (created: boolean, label: string) => void
  /** Finds a document by a unique field, or creates it; returns its id. */
  ensure: (collection: CollectionSlug, key: { field: string; value: string }, create: () => Promise<{ id: number | string }>) => Promise<number>
  ids: Record<Kind, Map<string, number>>
  users: Map<Role, number>
  /** The id of a demo document named in seed/; a missing one is a mistake in the seed data. */
  ref: (kind: Kind, key: string) => number
  refs: (kind: Kind, keys: string[]) => number[]
}

export function createSeedContext(payload: Payload): SeedContext {
  const report: SeedReport = { created: [], skipped: [] }
  const note = (created: boolean, label: string) => (created ? report.created : report.skipped).push(label)
  const ids: SeedContext['ids'] = {
    media: new Map(),
    topics: new Map(),
    exercises: new Map(),
    routines: new Map(),
    articles: new Map(),
    locations: new Map(),
    instructors: new Map(),
    classes: new Map(),
  }
  const ref = (kind: Kind, key: string) => {
    const id = ids[kind].get(key)
    if (id === undefined) throw new Error(`Seed ${kind} "${key}" is referenced but not defined in seed/`)
    return id
  }
  return {
    payload,
    report,
    note,
    ids,
    users: new Map(),
    ref,
    refs: (kind, keys) => keys.map((key) => ref(kind, key)),
    async ensure(collection, key, create) {
      const { docs } = await payload.find({
        collection,
        where: { [key.field]: { equals: key.value } },
        limit: 1,
        depth: 0,
        draft: true,
        select: {},
      })
      if (docs[0]) {
        note(false, `${collection} ${key.value}`)
        return Number(docs[0].id)
      }
      const doc = await create()
      note(true, `${collection} ${key.value}`)
      return Number(doc.id)
    },
  }
}
