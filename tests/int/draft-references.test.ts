import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { readDraftArticle, readPublishedArticle } from '@/lib/content/articles'
import { readReferencesFromDatabase, type ReadByIds } from '@/lib/content/references'
import { readDraftStudio } from '@/lib/content/studio'
import { block, editorState, paragraph, text, upload } from '@/lib/richtext/build'
import sharp from 'sharp'

import { prepareFixtures, unique, validData } from '../helpers/fixtures'
import { closePayload, startPayload } from '../helpers/payload'

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
  await prepareFixtures(payload)
}, 120_000)
afterAll(async () => {
  await closePayload(payload)
})

/** The references the preview asks for, straight from the database, counted by collection and mode. */
function countingReads() {
  const reads: string[] = []
  const readByIds: ReadByIds = (collection, ids, draft) => {
    reads.push(`${draft ? 'draft' : 'published'} ${collection} ${ids.join(',')}`)
    return readReferencesFromDatabase(collection, ids, draft)
  }
  return { reads, readByIds }
}

const internalLink = (relationTo: string, id: number, label: string) => ({
  type: 'link',
  version: 3,
  format: '',
  indent: 0,
  direction: 'ltr',
  fields: { linkType: 'internal', newTab: false, doc: { relationTo, value: id } },
  children: [text(label)],
})

const publishedExercise = (name: string, extra: Record<string, unknown> = {}) =>
  payload.create({ collection: 'exercises', data: { ...validData.exercises(name), ...extra, _status: 'published' } as never })

describe('a draft in preview, its references filled from the visitors’ reads', () => {
  it('gives a published article the same page data as Payload’s populate gives visitors: images, topics, embeds, links', async () => {
    const name = unique()
    const data = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#c9a98b' } }).png().toBuffer()
    const image = await payload.create({ collection: 'media', data: { alt: `Ball ${name}` }, file: { data, mimetype: 'image/png', name: `ball-${name}.png`, size: data.length } })
    const exercise = await publishedExercise(`${name} embed`, { images: [image.id] })
    const related = await publishedExercise(`${name} related`)
    const routine = await payload.create({ collection: 'routines', data: { ...validData.routines(name, exercise.id), heroImage: image.id, _status: 'published' } as never })
    const topic = await payload.create({ collection: 'topics', data: validData.topics(name) as never })
    const slug = `populate-${name}`
    await payload.create({
      collection: 'articles',
      data: {
        ...validData.articles(name),
        slug,
        heroImage: image.id,
        topics: [topic.id],
        relatedExercises: [related.id, exercise.id],
        content: editorState([
          paragraph([text('Start with '), internalLink('exercises', related.id, 'this one'), text('.')] as never),
          block('exerciseEmbed', { exercise: exercise.id, note: 'Slowly.' }),
          block('routineEmbed', { routine: routine.id, note: '' }),
          upload(image.id),
        ]),
        _status: 'published',
      } as never,
    })

    const { reads, readByIds } = countingReads()
    const visitors = await readPublishedArticle(slug)
    const preview = await readDraftArticle(slug, readByIds)
    expect(visitors).not.toBeNull()
    expect((visitors!.relatedExercises ?? []).every((entry) => typeof entry === 'object')).toBe(true)
    // Internal links need the target's slug only; Payload brings its whole card along.
    const linkTarget = (article: typeof visitors) => (article!.content.root.children[0] as never as { children: { fields: { doc: { value: { id: number; slug: string } } } }[] }).children[1].fields.doc
    expect(linkTarget(preview).value).toMatchObject({ id: related.id, slug: related.slug })
    linkTarget(preview).value = linkTarget(visitors).value
    expect(preview).toEqual(visitors)
    // One read per referenced collection, and no drafts: everything it shows is published.
    expect(reads.filter((read) => read.startsWith('draft'))).toEqual([])
    expect(new Set(reads.map((read) => read.split(' ')[1])).size).toBe(reads.length)
  })

  it('shows a referenced document as it goes live: the published version, or the draft of one never published', async () => {
    const name = unique()
    const media = await payload.find({ collection: 'media', limit: 1, depth: 0, where: { mimeType: { like: 'image/' } } })
    const imageId = media.docs[0].id
    const live = await publishedExercise(`${name} live`)
    await payload.update({ collection: 'exercises', id: live.id, draft: true, data: { name: `Exercise ${name} live, renamed in a draft` } as never })
    const neverPublished = await payload.create({ collection: 'exercises', data: { ...validData.exercises(`${name} new`), _status: 'draft' } as never })
    const linked = await publishedExercise(`${name} linked`)
    const slug = `draft-references-${name}`
    await payload.create({
      collection: 'articles',
      draft: true,
      data: {
        ...validData.articles(name),
        slug,
        heroImage: imageId,
        relatedExercises: [live.id, neverPublished.id],
        content: editorState([
          paragraph([text('Try '), internalLink('exercises', linked.id, 'this one'), text(' first.')] as never),
          block('exerciseEmbed', { exercise: neverPublished.id, note: '' }),
          upload(imageId),
        ]),
        _status: 'draft',
      } as never,
    })

    const { reads, readByIds } = countingReads()
    const preview = await readDraftArticle(slug, readByIds)
    expect(preview).not.toBeNull()
    const related = (preview!.relatedExercises ?? []).map((exercise) => (typeof exercise === 'object' ? exercise.name : exercise))
    expect(related).toEqual([`Exercise ${name} live`, `Exercise ${name} new`])
    expect(preview!.heroImage).toMatchObject({ id: imageId, url: expect.any(String), sizes: expect.any(Object) })

    const [linkParagraph, embed, image] = preview!.content.root.children as never as Record<string, never>[]
    const link = (linkParagraph.children as never as Record<string, { doc: { value: unknown } }>[])[1]
    expect(link.fields.doc.value).toMatchObject({ id: linked.id, slug: linked.slug })
    expect((embed.fields as { exercise: { name: string; images: unknown[] } }).exercise).toMatchObject({ name: `Exercise ${name} new` })
    expect(image.value).toMatchObject({ id: imageId, alt: expect.any(String) })
    // The new exercise alone is read as a draft.
    expect(reads.filter((read) => read.startsWith('draft'))).toEqual([`draft exercises ${neverPublished.id}`])
  })

  it('previews the Studio’s latest save, published or not, with its sharing image', async () => {
    const before = await payload.findGlobal({ slug: 'studio', draft: true, depth: 1, overrideAccess: true })
    const tagline = `Calm strength ${unique()}`
    await payload.updateGlobal({ slug: 'studio', draft: true, data: { tagline } as never })
    try {
      const { readByIds } = countingReads()
      const preview = await readDraftStudio(readByIds)
      expect(preview.tagline).toBe(tagline)
      expect(preview.name).toBe(before.name)
      const visitors = await payload.findGlobal({ slug: 'studio', depth: 0 })
      expect(visitors.tagline).not.toBe(tagline)
      if (before.defaultSeoImage) expect(preview.defaultSeoImage).toMatchObject({ id: (before.defaultSeoImage as { id: number }).id, url: expect.any(String) })
    } finally {
      await payload.updateGlobal({ slug: 'studio', data: { tagline: before.tagline, _status: 'published' } as never })
    }
  })
})
