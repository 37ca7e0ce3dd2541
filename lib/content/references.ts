import type { CollectionSlug, PopulateType, SelectType } from 'payload'

import { cachedRead, cacheTags } from '../server/cache'
import { getPayloadClient } from '../server/payload'
import { exerciseEmbedSelect } from './exercises'
import { mediaSelect } from './media'
import { routineEmbedSelect } from './routines'
import { readMode } from './read-mode'

/**
 * The documents a draft refers to (images, topics, embedded exercises and routines, the
 * targets of internal links), filled in from the visitors' cached reads instead of by
 * Payload's populate.
 *
 * Payload populates a draft's relations with one statement per collection and depth
 * level, on every preview render (11 statements for the article's preview). A preview
 * shows what goes live when this document is published, so a referenced document is
 * shown as visitors see it, from the same data cache the public pages use: no statement
 * once warm. Only a reference with no published version yet (a new exercise embedded in
 * a new article) is read as its draft, so the editor still sees it.
 */

/** A place in a document that holds a reference: `holder[key]` is an id (or a populated document). */
export type ReferenceSlot = { holder: Record<string | number, unknown>; key: string | number; relationTo: string }

type Node = Record<string, unknown>
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null

/** Where each block of the article editor keeps its reference (collections/blocks). */
const BLOCK_REFERENCES: Record<string, { field: string; relationTo: CollectionSlug }> = {
  exerciseEmbed: { field: 'exercise', relationTo: 'exercises' },
  routineEmbed: { field: 'routine', relationTo: 'routines' },
}

/**
 * Every reference inside a Lexical rich-text value: upload and relationship nodes, the
 * document of an internal link, and the embed blocks.
 */
export function richTextSlots(value: unknown): ReferenceSlot[] {
  const slots: ReferenceSlot[] = []
  const visit = (node: unknown): void => {
    if (!isNode(node)) return
    if ((node.type === 'upload' || node.type === 'relationship') && typeof node.relationTo === 'string') {
      slots.push({ holder: node, key: 'value', relationTo: node.relationTo })
    }
    const fields = isNode(node.fields) ? node.fields : null
    if (fields && (node.type === 'link' || node.type === 'autolink') && isNode(fields.doc) && typeof fields.doc.relationTo === 'string') {
      slots.push({ holder: fields.doc, key: 'value', relationTo: fields.doc.relationTo })
    }
    if (fields && node.type === 'block' && typeof fields.blockType === 'string') {
      const reference = BLOCK_REFERENCES[fields.blockType]
      if (reference) slots.push({ holder: fields, key: reference.field, relationTo: reference.relationTo })
    }
    if (Array.isArray(node.children)) node.children.forEach(visit)
  }
  visit(isNode(value) ? value.root : null)
  return slots
}

/** A single relation field (`heroImage`), or each entry of a has-many one (`topics`). */
export function fieldSlots(holder: Node | null | undefined, key: string, relationTo: CollectionSlug): ReferenceSlot[] {
  if (!holder) return []
  const value = holder[key]
  if (Array.isArray(value)) return value.map((_, index) => ({ holder: value as unknown as Node, key: index, relationTo }))
  return value === null || value === undefined ? [] : [{ holder, key, relationTo }]
}

function idOf(value: unknown): number | null {
  const id = isNode(value) ? value.id : value
  return typeof id === 'number' ? id : typeof id === 'string' && /^\d+$/.test(id) ? Number(id) : null
}

/** What the site shows of a topic wherever it is listed. */
export const topicSelect = { name: true, slug: true } as const

type ReferenceRead = { select: SelectType; depth: number; populate?: PopulateType }

/**
 * What the site shows of a referenced document of each collection, as the visitors'
 * reads populate it (lib/content/articles.ts): the same fields, the same depth. Links to
 * any other collection need its slug only.
 */
const REFERENCE_READS: Partial<Record<CollectionSlug, ReferenceRead>> = {
  media: { select: mediaSelect, depth: 0 },
  topics: { select: topicSelect, depth: 0 },
  exercises: { select: exerciseEmbedSelect, depth: 1, populate: { media: mediaSelect } },
  routines: { select: routineEmbedSelect, depth: 1, populate: { media: mediaSelect } },
}
const LINK_TARGET_READ: ReferenceRead = { select: { slug: true }, depth: 0 }

/** Reads the documents of one collection by id; `draft` reads the latest drafts. */
export type ReadByIds = (collection: CollectionSlug, ids: number[], draft: boolean) => Promise<Node[]>

/** The same read, uncached: straight from the database. */
export async function readReferencesFromDatabase(collection: CollectionSlug, ids: number[], draft: boolean): Promise<Node[]> {
  const payload = await getPayloadClient()
  const read = REFERENCE_READS[collection] ?? LINK_TARGET_READ
  const { docs } = await payload.find({
    collection,
    ...readMode({ draft }),
    where: { id: { in: ids } },
    pagination: false,
    limit: ids.length,
    depth: read.depth,
    select: read.select,
    populate: read.populate,
  })
  return docs as unknown as Node[]
}

/** Published documents through the data cache (tagged like every listing of them); drafts fresh. */
export const readReferencedDocs: ReadByIds = (collection, ids, draft) =>
  draft
    ? readReferencesFromDatabase(collection, ids, true)
    : cachedRead(
        ['references', collection, ids.join(',')],
        [cacheTags.collection(collection), cacheTags.collection('media')],
        () => readReferencesFromDatabase(collection, ids, false),
      )

/**
 * Fills every slot with its document: published ones first (one cached read per
 * collection), then drafts of the ones that have no published version. A reference found
 * neither way keeps its bare id, which the page leaves out, as after Payload's populate.
 */
export async function fillReferences(slots: ReferenceSlot[], readByIds: ReadByIds = readReferencedDocs): Promise<void> {
  const wanted = new Map<CollectionSlug, Set<number>>()
  for (const slot of slots) {
    const id = idOf(slot.holder[slot.key])
    if (id === null) continue
    const ids = wanted.get(slot.relationTo as CollectionSlug) ?? new Set<number>()
    wanted.set(slot.relationTo as CollectionSlug, ids.add(id))
  }
  const found = new Map<string, Node>()
  const keep = (collection: string) => (doc: Node) => found.set(`${collection}:${idOf(doc)}`, doc)
  await Promise.all(
    [...wanted].map(async ([collection, idSet]) => {
      const ids = [...idSet].sort((a, b) => a - b)
      ;(await readByIds(collection, ids, false)).forEach(keep(collection))
      const unpublished = ids.filter((id) => !found.has(`${collection}:${id}`))
      if (unpublished.length) (await readByIds(collection, unpublished, true)).forEach(keep(collection))
    }),
  )
  for (const slot of slots) {
    const doc = found.get(`${slot.relationTo}:${idOf(slot.holder[slot.key])}`)
    if (doc) slot.holder[slot.key] = doc
  }
}
