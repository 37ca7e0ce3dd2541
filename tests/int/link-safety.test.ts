import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { editorState, paragraph } from '@/lib/richtext/build'

import { expectFieldError } from '../helpers/errors'
import { unique, validData } from '../helpers/fixtures'
import { closePayload, startPayload } from '../helpers/payload'
import { SAFE_URLS, UNSAFE_URLS } from '../helpers/unsafe-links'

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await closePayload(payload)
})

const withLink = (url: string, type: 'link' | 'autolink' = 'link') =>
  editorState([
    {
      ...paragraph('Read '),
      children: [{ type, version: 3, fields: { url, linkType: 'custom', newTab: false }, children: [{ type: 'text', text: 'this', version: 1, format: 0 }] }],
    } as never,
  ]) as never

// A NUL-prefixed address is refused by the input guard first (collections/hooks/inputGuard.ts).
const REASON = /links are not allowed|another site|NUL character/

describe('unsafe link schemes are refused on save, with the field and the reason', () => {
  it.each(UNSAFE_URLS)('in an article’s rich text, published or draft: %j', async (url) => {
    const before = (await payload.count({ collection: 'articles' })).totalDocs
    await expectFieldError(
      payload.create({ collection: 'articles', data: { ...validData.articles(), content: withLink(url), _status: 'published' } as never }),
      'content',
      REASON,
    )
    await expectFieldError(
      payload.create({ collection: 'articles', draft: true, data: { ...validData.articles(), content: withLink(url, 'autolink'), _status: 'draft' } as never }),
      'content',
      REASON,
    )
    expect((await payload.count({ collection: 'articles' })).totalDocs).toBe(before)
  })

  it('names the link and the scheme in the message', async () => {
    await expectFieldError(
      payload.create({ collection: 'articles', data: { ...validData.articles(), content: withLink('java&#x09;script:alert(1)'), _status: 'published' } as never }),
      'content',
      /The link "this" points to "java&#x09;script:alert\(1\)": javascript: links are not allowed/,
    )
  })

  it('keeps an existing article unchanged when an edit adds one', async () => {
    const article = await payload.create({ collection: 'articles', data: { ...validData.articles(), _status: 'published' } as never })
    await expectFieldError(payload.update({ collection: 'articles', id: article.id, data: { content: withLink('data:text/html,x') } as never }), 'content', REASON)
    await expectFieldError(payload.update({ collection: 'articles', id: article.id, draft: true, data: { content: withLink('vbscript:x') } as never }), 'content', REASON)
    const after = await payload.findByID({ collection: 'articles', id: article.id, draft: true, depth: 0 })
    expect(JSON.stringify(after.content)).not.toMatch(/data:|vbscript:/)
  })

  it.each(SAFE_URLS)('accepts %j in rich text', async (url) => {
    const article = await payload.create({ collection: 'articles', data: { ...validData.articles(), content: withLink(url), _status: 'published' } as never })
    expect(JSON.stringify(article.content)).toContain(JSON.stringify(url).slice(1, -1))
  })

  it.each(['javascript:alert(1)', ' data:text/html,x', 'VBScript:x'])('in menu links, booking, checkout, video and social links: %j', async (url) => {
    await expectFieldError(
      payload.updateGlobal({ slug: 'header', data: { navItems: [{ link: { type: 'custom', label: 'Bad', url } }] } }),
      'navItems.0.link.url',
      REASON,
    )
    await expectFieldError(payload.updateGlobal({ slug: 'footer', data: { newsletterUrl: url } }), 'newsletterUrl', REASON)
    // Drafts skip Payload's field validation; the scheme check runs anyway.
    await expectFieldError(
      payload.create({ collection: 'classes', draft: true, data: { ...validData.classes(), bookingUrl: url, _status: 'draft' } as never }),
      'bookingUrl',
      REASON,
    )
    await expectFieldError(
      payload.create({ collection: 'offerings', draft: true, data: { ...validData.offerings(), checkoutUrl: url, _status: 'draft' } as never }),
      'checkoutUrl',
      REASON,
    )
    await expectFieldError(
      payload.create({
        collection: 'exercises',
        draft: true,
        data: { ...validData.exercises(), video: { source: 'external', url }, _status: 'draft' } as never,
      }),
      'video.url',
      REASON,
    )
    await expectFieldError(payload.updateGlobal({ slug: 'studio', draft: true, data: { bookingUrl: url } as never }), 'bookingUrl', REASON)
  })

  it('accepts safe menu links', async () => {
    const header = await payload.updateGlobal({
      slug: 'header',
      data: { navItems: ['/studio', 'https://example.com', 'mailto:hi@example.com', 'tel:+12125550100'].map((url) => ({ link: { type: 'custom' as const, label: 'Ok', url } })) },
    })
    expect(header.navItems?.map((item) => item.link.url)).toEqual(['/studio', 'https://example.com', 'mailto:hi@example.com', 'tel:+12125550100'])
  })
})

describe('slugs made from the title', () => {
  it('get the first free number when the title is taken, in every collection with a slug', async () => {
    const title = `Same Title ${unique()}`
    const slugOf = async (draft = false) =>
      (await payload.create({ collection: 'articles', draft, data: { ...validData.articles(), title, _status: draft ? 'draft' : 'published' } as never })).slug
    const base = (await slugOf()) as string
    expect(await slugOf()).toBe(`${base}-2`)
    // An autosaved draft with the same title no longer fails.
    expect(await slugOf(true)).toBe(`${base}-3`)
    const name = `Same Name ${unique()}`
    const first = await payload.create({ collection: 'topics', data: { name } as never })
    const second = await payload.create({ collection: 'topics', data: { name } as never })
    expect(second.slug).toBe(`${first.slug}-2`)
    const location = await payload.create({ collection: 'locations', data: { ...validData.locations(), name } as never })
    expect(location.slug).toBe(first.slug)
  })

  it('keep their own slug when the document is saved again', async () => {
    const article = await payload.create({ collection: 'articles', data: { ...validData.articles(), _status: 'published' } as never })
    const saved = await payload.update({ collection: 'articles', id: article.id, data: { slug: article.slug, excerpt: 'Changed.' } })
    expect(saved.slug).toBe(article.slug)
  })

  it('typed by hand and taken: a clear error on the slug, naming the other page, and nothing saved', async () => {
    const taken = await payload.create({ collection: 'articles', data: { ...validData.articles('Taken One'), _status: 'published' } as never })
    const before = (await payload.count({ collection: 'articles' })).totalDocs
    await expectFieldError(
      payload.create({ collection: 'articles', data: { ...validData.articles(), slug: taken.slug, _status: 'published' } as never }),
      'slug',
      new RegExp(`The slug "${taken.slug}" is already used by "Article Taken One"`),
    )
    await expectFieldError(
      payload.create({ collection: 'articles', draft: true, data: { ...validData.articles(), slug: taken.slug, _status: 'draft' } as never }),
      'slug',
      /already used/,
    )
    expect((await payload.count({ collection: 'articles' })).totalDocs).toBe(before)
  })
})
