import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { expectFieldError } from '../helpers/errors'
import { unique, validData } from '../helpers/fixtures'
import { closePayload, startPayload } from '../helpers/payload'

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await closePayload(payload)
})

const redirectsFrom = async (from: string) =>
  (await payload.find({ collection: 'redirects', where: { from: { equals: from } }, depth: 0 })).docs

async function publishedArticle() {
  const slug = `moving-${unique()}`
  const article = await payload.create({
    collection: 'articles',
    data: { ...validData.articles(), slug, _status: 'published' } as never,
  })
  return { article, slug }
}

describe('redirects when a published page changes its slug', () => {
  it('forwards the old address to the document, and removes it again when the page moves back', async () => {
    const { article, slug } = await publishedArticle()
    await payload.update({ collection: 'articles', id: article.id, data: { slug: `${slug}-new`, _status: 'published' } })
    const [created] = await redirectsFrom(`/blog/${slug}`)
    expect(created?.to).toMatchObject({ type: 'reference', reference: { relationTo: 'articles', value: article.id } })
    expect(created?.type).toBe('308')

    // Moving back: the old address is live again, so its redirect goes; the other way round is added.
    await payload.update({ collection: 'articles', id: article.id, data: { slug, _status: 'published' } })
    expect(await redirectsFrom(`/blog/${slug}`)).toEqual([])
    expect(await redirectsFrom(`/blog/${slug}-new`)).toHaveLength(1)
  })

  it('waits for the publish: a draft with a new slug changes nothing until it goes live', async () => {
    const { article, slug } = await publishedArticle()
    await payload.update({ collection: 'articles', id: article.id, data: { slug: `${slug}-draft` }, draft: true })
    expect(await redirectsFrom(`/blog/${slug}`)).toEqual([])
    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'published' } })
    expect(await redirectsFrom(`/blog/${slug}`)).toHaveLength(1)
  })

  it('adds nothing for a page that was never live', async () => {
    const slug = `never-live-${unique()}`
    const draft = await payload.create({ collection: 'articles', data: { ...validData.articles(), slug, _status: 'draft' } as never, draft: true })
    await payload.update({ collection: 'articles', id: draft.id, data: { slug: `${slug}-2`, _status: 'published' } })
    expect(await redirectsFrom(`/blog/${slug}`)).toEqual([])
  })

  it('covers collections without drafts too (topics)', async () => {
    const topic = await payload.create({ collection: 'topics', data: validData.topics() as never })
    await payload.update({ collection: 'topics', id: topic.id, data: { slug: `${topic.slug}-renamed` } })
    expect(await redirectsFrom(`/blog/topic/${topic.slug}`)).toHaveLength(1)
  })
})

describe('redirects collection rules', () => {
  const custom = (from: string, url: string) =>
    payload.create({ collection: 'redirects', data: { from, to: { type: 'custom', url }, type: '308' } })

  it('stores one spelling of the old address', async () => {
    const tag = unique()
    const redirect = await custom(`  /Blogs/News/${tag}/?utm_source=mail#top`, '/blog')
    expect(redirect.from).toBe(`/Blogs/News/${tag}`)
  })

  it('refuses addresses that are not paths on this site, with the reason', async () => {
    await expectFieldError(custom('https://old-shop.example.com/blogs/news/x', '/blog'), 'from', /only the path/)
    await expectFieldError(custom('blogs/news/x', '/blog'), 'from', /must start with \//)
    await expectFieldError(custom('/admin/collections/users', '/blog'), 'from', /cannot be redirected/)
  })

  it('refuses a redirect to itself and one that closes a loop, and writes nothing', async () => {
    const tag = unique()
    await expectFieldError(custom(`/loop-${tag}`, `/loop-${tag}/`), 'to.url', /would loop/)
    await custom(`/a-${tag}`, `/b-${tag}`)
    await custom(`/b-${tag}`, `/c-${tag}`)
    await expectFieldError(custom(`/c-${tag}`, `/a-${tag}`), 'to.url', /would loop: \/c-.* → \/a-.* → \/b-.* → \/c-/)
    expect(await redirectsFrom(`/c-${tag}`)).toEqual([])
  })

  it('refuses a redirect to a document that lives at the same address', async () => {
    const { article, slug } = await publishedArticle()
    await expectFieldError(
      payload.create({
        collection: 'redirects',
        data: { from: `/blog/${slug}`, to: { type: 'reference', reference: { relationTo: 'articles', value: article.id } }, type: '308' },
      }),
      'to.reference',
      /would loop/,
    )
  })
})
