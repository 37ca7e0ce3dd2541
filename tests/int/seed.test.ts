import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionSlug, Payload } from 'payload'

import { seedDemoContent } from '@/lib/seed/index'
import { articles } from '@/seed/articles'
import { exercises } from '@/seed/exercises'
import { classes, instructors, locations, offerings } from '@/seed/studio'

import { closePayload, startPayload } from '../helpers/payload'

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await closePayload(payload)
})

const COLLECTIONS: CollectionSlug[] = ['articles', 'exercises', 'topics', 'classes', 'offerings', 'locations', 'instructors', 'media', 'users']

async function counts() {
  const entries = await Promise.all(
    COLLECTIONS.map(async (collection) => [collection, (await payload.count({ collection })).totalDocs] as const),
  )
  return Object.fromEntries(entries)
}

describe('npm run seed', () => {
  it('loads the demo content once; a second run creates nothing', async () => {
    const lines: string[] = []
    const first = await seedDemoContent(payload, { production: false, demoPassword: 'seed-test-password', log: (line) => lines.push(line) })
    expect(first.created.length).toBeGreaterThan(50)
    expect(lines.join('\n')).toContain('seed-test-password')
    const afterFirst = await counts()

    const second = await seedDemoContent(payload, { production: false, log: () => {} })
    expect(second.created).toEqual([])
    expect(await counts()).toEqual(afterFirst)
  }, 120_000)

  it('publishes the demo content the site needs, and keeps the draft a draft', async () => {
    // Other test files share this database: count the seeded slugs only.
    const published = (collection: CollectionSlug, slugs: string[]) =>
      payload
        .count({ collection, where: { slug: { in: slugs }, _status: { equals: 'published' } } })
        .then((result) => result.totalDocs)
    const slugsOf = (list: { slug: string }[]) => list.map((entry) => entry.slug)
    expect(await published('articles', slugsOf(articles))).toBe(articles.length - 1)
    expect(articles.length - 1).toBeGreaterThanOrEqual(6)
    expect(await published('exercises', slugsOf(exercises))).toBe(exercises.length)
    expect(exercises.length).toBeGreaterThanOrEqual(15)
    expect(await published('classes', slugsOf(classes))).toBe(4)
    expect(await published('offerings', slugsOf(offerings))).toBe(5)
    const existing = (collection: CollectionSlug, slugs: string[]) =>
      payload.count({ collection, where: { slug: { in: slugs } } }).then((result) => result.totalDocs)
    expect(await existing('locations', slugsOf(locations))).toBe(2)
    expect(await existing('instructors', slugsOf(instructors))).toBe(3)

    const draftSlug = articles.find((article) => article.status === 'draft')!.slug
    const visitorView = await payload.find({ collection: 'articles', where: { slug: { equals: draftSlug } }, overrideAccess: false })
    expect(visitorView.docs).toHaveLength(0)
  })

  it('gives the hip mobility article the seed article\'s shape: intro, why points, how points, closing', async () => {
    const { docs } = await payload.find({ collection: 'articles', where: { slug: { equals: 'hip-mobility-and-lower-back-pain' } } })
    const article = docs[0]
    expect(article.readingTimeMinutes).toBeGreaterThanOrEqual(2)
    expect(article.authorName).toBeTruthy()
    const shape = (article.content.root.children as { type: string; tag?: string; children?: unknown[] }[])
      .filter((node) => node.type !== 'block')
      .map((node) => (node.type === 'list' ? `${node.tag}:${node.children?.length}` : node.type === 'heading' ? node.tag : node.type))
    expect(shape).toEqual(['paragraph', 'h2', 'ol:3', 'h2', 'ol:5', 'paragraph'])
  })

  it('creates demo accounts for each role outside production only', async () => {
    const roles = await payload.find({ collection: 'users', where: { email: { like: '@bthemethod.test' } }, limit: 10 })
    expect(roles.docs.map((user) => user.role).sort()).toEqual(['admin', 'editor', 'marketing'])

    const lines: string[] = []
    const production = await seedDemoContent(payload, { production: true, log: (line) => lines.push(line) })
    expect([...production.created, ...production.skipped].filter((entry) => entry.startsWith('users'))).toEqual([])
    expect(lines.join('\n')).not.toMatch(/password/i)
  })
})
