import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionSlug, Payload } from 'payload'

import { block, editorState, paragraph } from '@/lib/richtext/build'

import { expectFieldError } from '../helpers/errors'
import { createUser, richText, unique, validData } from '../helpers/fixtures'
import { closePayload, startPayload } from '../helpers/payload'

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await closePayload(payload)
})

/** The operation fails on `field` with `reason`, and the collection holds no more documents than before. */
async function expectRejected(collection: CollectionSlug, operation: () => Promise<unknown>, field: string, reason: RegExp) {
  const before = (await payload.count({ collection })).totalDocs
  await expectFieldError(operation(), field, reason)
  expect((await payload.count({ collection })).totalDocs).toBe(before)
}

describe('slugs', () => {
  it('are made from the title, lowercase-kebab, when left empty', async () => {
    const tag = unique()
    const article = await payload.create({
      collection: 'articles',
      data: { ...validData.articles(), title: `Hips & Lower Back: Ease In, Gently! ${tag}`, _status: 'published' } as never,
    })
    expect(article.slug).toBe(`hips-and-lower-back-ease-in-gently-${tag}`)
  })

  it('can be edited and are normalised', async () => {
    const topic = await payload.create({ collection: 'topics', data: { name: 'Breath', slug: `  Breath Work ${unique()} ` } })
    expect(topic.slug).toMatch(/^breath-work-[a-z0-9]+$/)
  })

  it('are unique per collection, with a clear error on the slug field', async () => {
    const slug = `only-one-${unique()}`
    await payload.create({ collection: 'topics', data: { name: 'First', slug } })
    await expectRejected('topics', () => payload.create({ collection: 'topics', data: { name: 'Second', slug } }), 'slug', /already used/)
  })
})

describe('articles', () => {
  it('compute reading time from the text (200 words a minute)', async () => {
    const words = Array.from({ length: 1000 }, (_, i) => `word${i}`).join(' ')
    const article = await payload.create({
      collection: 'articles',
      data: { ...validData.articles(), content: richText(words), readingTimeMinutes: 42, _status: 'published' } as never,
    })
    expect(article.readingTimeMinutes).toBe(5)
  })

  it('stamp publishedAt on first publish only, and keep an edited date', async () => {
    const draft = await payload.create({ collection: 'articles', data: { ...validData.articles(), _status: 'draft' } as never, draft: true })
    expect(draft.publishedAt ?? null).toBeNull()
    const published = await payload.update({ collection: 'articles', id: draft.id, data: { _status: 'published' } })
    expect(published.publishedAt).toBeTruthy()
    const edited = await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { publishedAt: '2025-03-01T09:00:00.000Z', _status: 'published' },
    })
    expect(edited.publishedAt).toBe('2025-03-01T09:00:00.000Z')
  })

  it('show the author by display name, and the writer is the default author', async () => {
    const marketing = await createUser(payload, 'marketing')
    const article = await payload.create({
      collection: 'articles',
      data: { ...validData.articles(), _status: 'published' } as never,
      user: marketing,
      overrideAccess: false,
    })
    expect(article.authorName).toBe(marketing.name)
    const asVisitor = await payload.findByID({ collection: 'articles', id: article.id, overrideAccess: false, depth: 1 })
    // Visitors cannot read accounts: the relation stays an id, never a user with an e-mail.
    expect(JSON.stringify(asVisitor)).not.toContain(marketing.email)
    expect(asVisitor.authorName).toBe(marketing.name)
  })

  it('refuse an excerpt over 300 characters', async () => {
    await expectRejected(
      'articles',
      () => payload.create({ collection: 'articles', data: { ...validData.articles(), excerpt: 'x'.repeat(301), _status: 'published' } as never }),
      'excerpt',
      /300/,
    )
  })
})

describe('validation: clear errors, nothing written', () => {
  it('refuses an offering checkout link that is not https', async () => {
    await expectRejected(
      'offerings',
      () => payload.create({ collection: 'offerings', data: { ...validData.offerings(), checkoutUrl: 'http://shop.example.com', _status: 'published' } as never }),
      'checkoutUrl',
      /https/,
    )
    await expectRejected(
      'offerings',
      () => payload.create({ collection: 'offerings', data: { ...validData.offerings(), checkoutUrl: 'not a url', _status: 'published' } as never }),
      'checkoutUrl',
      /not a valid URL/,
    )
  })

  it('refuses a negative or fractional price and an unknown currency', async () => {
    const offering = (price: object) => () =>
      payload.create({ collection: 'offerings', data: { ...validData.offerings(), price, _status: 'published' } as never })
    await expectRejected('offerings', offering({ amount: -5, currency: 'USD', billingPeriod: 'one-time' }), 'price.amount', /minor units/)
    await expectRejected('offerings', offering({ amount: 12.5, currency: 'USD', billingPeriod: 'one-time' }), 'price.amount', /whole number/)
    await expectRejected('offerings', offering({ amount: 1000, currency: 'XYZ', billingPeriod: 'one-time' }), 'price.currency', /ISO 4217/)
  })

  it('refuses a time zone that is not IANA', async () => {
    await expectRejected(
      'locations',
      () => payload.create({ collection: 'locations', data: { ...validData.locations(), timeZone: 'Mars/Olympus' } as never }),
      'timeZone',
      /IANA/,
    )
  })

  it('refuses overlapping opening hours on the same day, and closing before opening', async () => {
    const withHours = (openingHours: { day: 'mon' | 'tue'; opens: string; closes: string }[]) => () =>
      payload.create({ collection: 'locations', data: { ...validData.locations(), openingHours } as never })
    await expectRejected(
      'locations',
      withHours([
        { day: 'mon', opens: '07:00', closes: '12:00' },
        { day: 'mon', opens: '11:30', closes: '14:00' },
      ]),
      'openingHours',
      /Row 2 overlaps row 1/,
    )
    await expectRejected('locations', withHours([{ day: 'tue', opens: '18:00', closes: '09:00' }]), 'openingHours', /after opening/)
    const fine = await withHours([
      { day: 'mon', opens: '07:00', closes: '12:00' },
      { day: 'mon', opens: '16:00', closes: '20:00' },
      { day: 'tue', opens: '07:00', closes: '12:00' },
    ])()
    expect((fine as { openingHours?: unknown[] }).openingHours).toHaveLength(3)
  })

  it('refuses coordinates out of range', async () => {
    await expectRejected(
      'locations',
      () => payload.create({ collection: 'locations', data: { ...validData.locations(), geo: { latitude: 123, longitude: 0 } } as never }),
      'geo.latitude',
      /between -90 and 90/,
    )
  })

  it('refuses an external exercise video that is not a YouTube or Vimeo https link', async () => {
    await expectRejected(
      'exercises',
      () =>
        payload.create({
          collection: 'exercises',
          data: { ...validData.exercises(), video: { source: 'external', url: 'https://example.com/video.mp4' }, _status: 'published' } as never,
        }),
      'video.url',
      /YouTube or Vimeo/,
    )
  })

  it('refuses a header link with an unsafe URL', async () => {
    await expectFieldError(
      payload.updateGlobal({ slug: 'header', data: { navItems: [{ link: { type: 'custom', label: 'Bad', url: 'javascript:alert(1)' } }] } }),
      'navItems.0.link.url',
      /valid URL|https/,
    )
  })
})

describe('referenced exercises', () => {
  it('cannot be deleted while an article embeds them, and the message names the article', async () => {
    const exercise = await payload.create({ collection: 'exercises', data: { ...validData.exercises(), _status: 'published' } as never })
    const title = `Embedding article ${unique()}`
    await payload.create({
      collection: 'articles',
      data: {
        ...validData.articles(),
        title,
        content: editorState([paragraph('Try this:'), block('exerciseEmbed', { exercise: exercise.id })]),
        _status: 'published',
      } as never,
    })
    await expect(payload.delete({ collection: 'exercises', id: exercise.id })).rejects.toThrow(new RegExp(title))
    expect((await payload.findByID({ collection: 'exercises', id: exercise.id })).id).toBe(exercise.id)
  })

  it('cannot be deleted while an article lists them as related', async () => {
    const exercise = await payload.create({ collection: 'exercises', data: { ...validData.exercises(), _status: 'published' } as never })
    await payload.create({
      collection: 'articles',
      data: { ...validData.articles(), relatedExercises: [exercise.id], _status: 'published' } as never,
    })
    await expect(payload.delete({ collection: 'exercises', id: exercise.id })).rejects.toThrow(/Remove it there first/)
  })

  it('can be deleted when nothing uses them', async () => {
    const exercise = await payload.create({ collection: 'exercises', data: { ...validData.exercises(), _status: 'published' } as never })
    await payload.delete({ collection: 'exercises', id: exercise.id })
    expect((await payload.find({ collection: 'exercises', where: { id: { equals: exercise.id } } })).totalDocs).toBe(0)
  })
})

describe('scheduled publishing', () => {
  it('stores a publish and an unpublish date for an article as queued jobs', async () => {
    const draft = await payload.create({ collection: 'articles', data: { ...validData.articles(), _status: 'draft' } as never, draft: true })
    const publishAt = new Date(Date.now() + 24 * 3600_000).toISOString()
    const unpublishAt = new Date(Date.now() + 7 * 24 * 3600_000).toISOString()
    for (const [type, waitUntil] of [['publish', publishAt], ['unpublish', unpublishAt]] as const) {
      await payload.jobs.queue({
        task: 'schedulePublish',
        input: { type, doc: { relationTo: 'articles', value: draft.id } },
        waitUntil: new Date(waitUntil),
      })
    }
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'schedulePublish' }, 'input.doc.value': { equals: draft.id } },
      sort: 'waitUntil',
    })
    expect(docs.map((job) => [(job.input as { type: string }).type, job.waitUntil])).toEqual([
      ['publish', publishAt],
      ['unpublish', unpublishAt],
    ])
    // Nothing runs it yet (the runner comes with the publishing work): the article is still a draft.
    expect((await payload.findByID({ collection: 'articles', id: draft.id }))._status).toBe('draft')
  })
})
