import type { Payload, PayloadRequest } from 'payload'

import { slugify } from '../model/slug'

const TOPIC_NAME_MAX = 60

/** The post's tags as topics: found by slug or name; created where the importer may. */
export type Topics = { ids: number[]; created: string[]; missing: string[] }

export async function resolveTopics(
  payload: Payload,
  tags: string[],
  options: { dryRun: boolean; req?: Partial<PayloadRequest>; canCreate: boolean },
): Promise<Topics> {
  const result: Topics = { ids: [], created: [], missing: [] }
  const seen = new Set<string>()
  for (const tag of tags) {
    const name = tag.replace(/\s+/g, ' ').trim().slice(0, TOPIC_NAME_MAX)
    const slug = slugify(name)
    if (!slug || seen.has(slug)) continue
    seen.add(slug)
    const { docs } = await payload.find({
      collection: 'topics',
      where: { or: [{ slug: { equals: slug } }, { name: { like: name } }] },
      limit: 10,
      depth: 0,
      overrideAccess: true,
      req: options.req,
    })
    const found = docs.find((topic) => topic.slug === slug || topic.name.toLowerCase() === name.toLowerCase())
    if (found) {
      result.ids.push(found.id)
    } else if (!options.canCreate) {
      result.missing.push(name)
    } else if (options.dryRun) {
      result.created.push(name)
    } else {
      const topic = await payload.create({ collection: 'topics', data: { name, slug }, overrideAccess: true, req: options.req })
      result.ids.push(topic.id)
      result.created.push(name)
    }
  }
  return result
}
