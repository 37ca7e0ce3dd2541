import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { readArticleIndex } from '@/lib/content/articles'
import { readPageIndex } from '@/lib/content/page-index'

import { prepareFixtures, unique, validData } from '../helpers/fixtures'
import { closePayload, startPayload } from '../helpers/payload'

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
  await prepareFixtures(payload)
})
afterAll(async () => {
  await closePayload(payload)
})

const bySlug = <T extends { slug: string }>(entries: T[]) => [...entries].sort((a, b) => a.slug.localeCompare(b.slug))

/** What a visitor may list of a collection, asked through the Local API with the access rules on. */
async function indexThroughLocalApi(collection: 'articles' | 'exercises' | 'routines' | 'classes' | 'locations' | 'instructors') {
  const { docs } = await payload.find({
    collection,
    overrideAccess: false,
    draft: false,
    pagination: false,
    depth: 0,
    select: { slug: true, updatedAt: true, ...(collection === 'articles' ? { topics: true } : {}) },
  })
  return docs.flatMap((doc) => {
    const { slug, updatedAt, topics } = doc as { slug?: string | null; updatedAt: string; topics?: (number | { id: number })[] | null }
    if (!slug) return []
    return [collection === 'articles' ? { slug, updatedAt, topicIds: (topics ?? []).map((topic) => (typeof topic === 'object' ? topic.id : topic)) } : { slug, updatedAt }]
  })
}

describe('the sitemap’s reads (one SQL statement per collection)', () => {
  it('list the articles a visitor may see, with their topics in order, newest first, and never a draft', async () => {
    const [first, second] = await Promise.all([payload.create({ collection: 'topics', data: validData.topics() as never }), payload.create({ collection: 'topics', data: validData.topics() as never })])
    const name = unique()
    const older = await payload.create({
      collection: 'articles',
      data: { ...validData.articles(`${name} older`), topics: [second.id, first.id], publishedAt: '2020-01-02T09:00:00.000Z', _status: 'published' } as never,
    })
    const newer = await payload.create({
      collection: 'articles',
      data: { ...validData.articles(`${name} newer`), publishedAt: '2099-01-01T09:00:00.000Z', _status: 'published' } as never,
    })
    const draft = await payload.create({ collection: 'articles', data: { ...validData.articles(`${name} draft`), _status: 'draft' } as never })

    const index = await readArticleIndex(payload)
    expect(bySlug(index)).toEqual(bySlug(await indexThroughLocalApi('articles')))
    expect(index[0]!.slug).toBe(newer.slug)
    expect(index.find((entry) => entry.slug === older.slug)).toEqual({ slug: older.slug, updatedAt: older.updatedAt, topicIds: [second.id, first.id] })
    expect(index.some((entry) => entry.slug === draft.slug)).toBe(false)
  })

  it.each(['exercises', 'routines', 'classes', 'locations', 'instructors'] as const)('list the %s a visitor may see', async (collection) => {
    const data = validData[collection]()
    const published = await payload.create({ collection, data: { ...data, _status: 'published' } as never })
    const index = await readPageIndex(payload, collection)
    expect(bySlug(index)).toEqual(bySlug(await indexThroughLocalApi(collection)))
    expect(index).toContainEqual({ slug: published.slug, updatedAt: published.updatedAt })
    if (collection === 'exercises' || collection === 'routines' || collection === 'classes') {
      const draft = await payload.create({ collection, data: { ...validData[collection](), _status: 'draft' } as never })
      expect((await readPageIndex(payload, collection)).some((entry) => entry.slug === draft.slug)).toBe(false)
    }
  })
})
