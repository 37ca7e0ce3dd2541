import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import type { User } from '@/payload-types'

import { describeAccessMatrix, DRAFTS, newDocumentData, ROLES, seedDoc as seedWith, updateData, type Actor, type Operation } from '../helpers/access-matrix'
import { createUser, prepareFixtures, validData, type ContentSlug } from '../helpers/fixtures'
import { closePayload, startPayload } from '../helpers/payload'

let payload: Payload
const users: Partial<Record<Actor, User>> = {}

beforeAll(async () => {
  payload = await startPayload()
  await prepareFixtures(payload)
  for (const role of ROLES) users[role] = await createUser(payload, role)
})
afterAll(async () => {
  await closePayload(payload)
})

const seedDoc = (collection: ContentSlug, status: 'published' | 'draft') => seedWith(payload, collection, status)

/** Runs one operation as the actor, through the access rules; true when it was allowed. */
async function attempt(collection: ContentSlug, actor: Actor, operation: Operation): Promise<boolean> {
  const user = actor === 'anonymous' ? undefined : users[actor]
  const asActor = { overrideAccess: false, user } as const
  const hasDrafts = DRAFTS.includes(collection)
  try {
    switch (operation) {
      case 'create': {
        await payload.create({ collection, data: newDocumentData(collection) as never, draft: hasDrafts, ...asActor })
        return true
      }
      case 'readPublished':
      case 'readDraft': {
        const doc = await seedDoc(collection, operation === 'readDraft' ? 'draft' : 'published')
        const found = await payload.find({
          collection,
          where: { id: { equals: doc.id } },
          draft: operation === 'readDraft',
          ...asActor,
        })
        // Also by id: a hidden draft must not leak through findByID either.
        const byId = await payload
          .findByID({ collection, id: doc.id, draft: operation === 'readDraft', ...asActor })
          .then(() => true)
          .catch(() => false)
        return found.docs.length === 1 && byId
      }
      case 'update': {
        const doc = await seedDoc(collection, 'published')
        await payload.update({ collection, id: doc.id, data: updateData(collection) as never, draft: hasDrafts, ...asActor })
        return true
      }
      case 'delete': {
        const doc = await seedDoc(collection, 'published')
        await payload.delete({ collection, id: doc.id, ...asActor })
        return true
      }
    }
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 404) return false
    throw error
  }
}

describeAccessMatrix('access matrix', attempt)

describe('drafts and versions stay private', () => {
  it('never shows a visitor the draft text of a published article, nor its versions', async () => {
    const published = await payload.create({
      collection: 'articles',
      data: { ...validData.articles(), title: 'Published title', _status: 'published' } as never,
    })
    await payload.update({
      collection: 'articles',
      id: published.id,
      data: { title: 'Secret draft title', _status: 'draft' },
      draft: true,
    })
    const visitor = await payload.findByID({ collection: 'articles', id: published.id, overrideAccess: false, draft: true })
    expect(visitor.title).toBe('Published title')
    const visitorList = await payload.find({
      collection: 'articles',
      where: { title: { equals: 'Secret draft title' } },
      overrideAccess: false,
      draft: true,
    })
    expect(visitorList.docs).toHaveLength(0)
    await expect(payload.findVersions({ collection: 'articles', overrideAccess: false })).rejects.toMatchObject({ status: 403 })

    const marketing = await payload.findByID({ collection: 'articles', id: published.id, overrideAccess: false, user: users.marketing, draft: true })
    expect(marketing.title).toBe('Secret draft title')
    const versions = await payload.findVersions({ collection: 'articles', overrideAccess: false, user: users.marketing, where: { parent: { equals: published.id } } })
    expect(versions.totalDocs).toBeGreaterThanOrEqual(2)
  })

  it('lets marketing save offerings only as drafts, with a clear reason', async () => {
    const offering = await seedDoc('offerings', 'published')
    const error = await payload
      .update({ collection: 'offerings', id: offering.id, data: { _status: 'published', name: 'Price change' }, overrideAccess: false, user: users.marketing })
      .then(() => null, (caught: { data?: { errors?: { path: string; message: string }[] } }) => caught)
    expect(error?.data?.errors?.[0]).toMatchObject({ path: '_status', message: expect.stringMatching(/drafts/) })
    const reloaded = await payload.findByID({ collection: 'offerings', id: offering.id })
    expect(reloaded.name).not.toBe('Price change')
  })

  it('lets marketing publish an article', async () => {
    const draft = await seedDoc('articles', 'draft')
    const published = await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { _status: 'published' },
      overrideAccess: false,
      user: users.marketing,
    })
    expect(published._status).toBe('published')
  })

  it('shows visitors the published Studio global, never its draft', async () => {
    await payload.updateGlobal({ slug: 'studio', data: { name: 'B The Method', _status: 'published' } })
    await payload.updateGlobal({ slug: 'studio', data: { name: 'Draft studio name', _status: 'draft' }, draft: true })
    const visitor = await payload.findGlobal({ slug: 'studio', overrideAccess: false, draft: true })
    expect(visitor.name).toBe('B The Method')
    const editor = await payload.findGlobal({ slug: 'studio', overrideAccess: false, user: users.editor, draft: true })
    expect(editor.name).toBe('Draft studio name')
    await expect(
      payload.updateGlobal({ slug: 'studio', data: { name: 'Nope' }, overrideAccess: false, user: users.marketing }),
    ).rejects.toMatchObject({ status: 403 })
    await payload.updateGlobal({ slug: 'studio', data: { name: 'B The Method', _status: 'published' } })
  })

  it('lets every signed-in role upload media but only staff delete it', async () => {
    const { default: sharp } = await import('sharp')
    const data = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#aa8866' } }).png().toBuffer()
    const upload = (user?: User) =>
      payload.create({
        collection: 'media',
        data: { alt: 'Swatch' },
        file: { data, mimetype: 'image/png', name: 'swatch.png', size: data.length },
        overrideAccess: false,
        user,
      })
    await expect(upload(undefined)).rejects.toMatchObject({ status: 403 })
    const mine = await upload(users.marketing)
    await expect(payload.delete({ collection: 'media', id: mine.id, overrideAccess: false, user: users.marketing })).rejects.toMatchObject({ status: 403 })
    await payload.delete({ collection: 'media', id: mine.id, overrideAccess: false, user: users.editor })
  })
})
