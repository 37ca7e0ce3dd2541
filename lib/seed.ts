import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

import type { Role } from '../collections/access'
import type { CollectionSlug } from 'payload'
import { articles, topics } from '../seed/articles'
import { exercises } from '../seed/exercises'
import { images } from '../seed/images'
import { classes, instructors, locations, offerings, site } from '../seed/studio'
import type { SeedLink, SeedRichBlock } from '../seed/types'
import {
  block,
  bulletList,
  editorState,
  heading,
  numberedPoints,
  paragraph,
  quote,
  upload,
  type EditorState,
} from './lexical-build'
import { drawPlaceholder } from './placeholder-image'

export type SeedReport = { created: string[]; skipped: string[] }

const demoUsers: { name: string; email: string; role: Role }[] = [
  { name: 'Ada Whitfield', email: 'admin@bthemethod.test', role: 'admin' },
  { name: 'Elena Marsh', email: 'editor@bthemethod.test', role: 'editor' },
  { name: 'Marco Reyes', email: 'marketing@bthemethod.test', role: 'marketing' },
]

type Ids = Map<string, number>

/**
 * Loads the demo content. Idempotent: every record is looked up by a natural key
 * (e-mail, slug, file name) first and left alone when it exists, so running it twice
 * creates nothing twice and never overwrites what staff changed.
 * Demo users exist only outside production; their password is printed once.
 */
export async function seedDemoContent(
  payload: Payload,
  options: { production: boolean; demoPassword?: string; log?: (line: string) => void },
): Promise<SeedReport> {
  const log = options.log ?? (() => {})
  const report: SeedReport = { created: [], skipped: [] }
  const note = (created: boolean, label: string) => (created ? report.created : report.skipped).push(label)

  /** Finds a document by a unique field, or creates it; returns its id. */
  async function ensure(
    collection: CollectionSlug,
    key: { field: string; value: string },
    create: () => Promise<{ id: number | string }>,
  ): Promise<number> {
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
  }

  // People first: articles name their authors.
  const userIds = new Map<Role, number>()
  if (!options.production) {
    const password = options.demoPassword || randomBytes(9).toString('base64url')
    const newlyCreated: string[] = []
    for (const user of demoUsers) {
      const id = await ensure('users', { field: 'email', value: user.email }, async () => {
        newlyCreated.push(`${user.role.padEnd(9)} ${user.email}`)
        return payload.create({ collection: 'users', data: { ...user, password } })
      })
      userIds.set(user.role, id)
    }
    if (newlyCreated.length > 0) {
      log(`Demo accounts (password for all: ${password}); shown once, change or delete them in /admin:`)
      for (const line of newlyCreated) log(`  ${line}`)
    }
  }

  const mediaIds: Ids = new Map()
  for (const image of images) {
    const filename = `seed-${image.key}.jpg`
    mediaIds.set(
      image.key,
      await ensure('media', { field: 'filename', value: filename }, async () => {
        const data = await drawPlaceholder({ palette: image.palette, motif: image.motif })
        return payload.create({
          collection: 'media',
          data: { alt: image.alt, caption: image.caption },
          file: { data, mimetype: 'image/jpeg', name: filename, size: data.length },
        })
      }),
    )
  }
  const media = (key: string) => {
    const id = mediaIds.get(key)
    if (id === undefined) throw new Error(`Seed image "${key}" is not defined in seed/images.ts`)
    return id
  }

  const topicIds: Ids = new Map()
  for (const topic of topics) {
    topicIds.set(
      topic.slug,
      await ensure('topics', { field: 'slug', value: topic.slug }, () => payload.create({ collection: 'topics', data: topic })),
    )
  }

  const exerciseIds: Ids = new Map()
  for (const exercise of exercises) {
    const { image, ...fields } = exercise
    exerciseIds.set(
      exercise.slug,
      await ensure('exercises', { field: 'slug', value: exercise.slug }, () =>
        payload.create({
          collection: 'exercises',
          data: {
            ...fields,
            _status: 'published',
            steps: exercise.steps.map((instruction) => ({ instruction })),
            cues: exercise.cues.map((cue) => ({ cue })),
            cautions: exercise.cautions.map((caution) => ({ caution })),
            images: [media(image)],
            video: { source: 'none' },
          },
        }),
      ),
    )
  }
  const idsOf = (map: Ids, slugs: string[], kind: string) =>
    slugs.map((slug) => {
      const id = map.get(slug)
      if (id === undefined) throw new Error(`Seed ${kind} "${slug}" is referenced but not defined`)
      return id
    })

  const richText = (blocks: SeedRichBlock[]): EditorState =>
    editorState(
      blocks.map((entry) => {
        switch (entry.type) {
          case 'p':
            return paragraph(entry.text)
          case 'h2':
          case 'h3':
            return heading(entry.type, entry.text)
          case 'quote':
            return quote(entry.text)
          case 'ul':
            return bulletList(entry.items)
          case 'numbered':
            return numberedPoints(entry.items)
          case 'exercise':
            return block('exerciseEmbed', { exercise: idsOf(exerciseIds, [entry.slug], 'exercise')[0], note: entry.note ?? '' })
          case 'callout':
            return block('callout', { tone: entry.tone, title: entry.title ?? '', body: entry.body })
          case 'image':
            return upload(media(entry.image))
        }
      }),
    )

  const articleIds: Ids = new Map()
  for (const article of articles) {
    articleIds.set(
      article.slug,
      await ensure('articles', { field: 'slug', value: article.slug }, () =>
        payload.create({
          collection: 'articles',
          draft: article.status === 'draft',
          data: {
            title: article.title,
            slug: article.slug,
            excerpt: article.excerpt,
            heroImage: media(article.heroImage),
            content: richText(article.content) as never,
            topics: idsOf(topicIds, article.topics, 'topic'),
            relatedExercises: idsOf(exerciseIds, article.relatedExercises, 'exercise'),
            author: userIds.get(article.author) ?? null,
            publishedAt: article.status === 'published' ? article.publishedAt : null,
            featured: article.featured ?? false,
            _status: article.status,
          },
        }),
      ),
    )
  }

  // Exercises point back at the published articles that recommend them.
  if (report.created.some((line) => line.startsWith('articles '))) {
    for (const exercise of exercises) {
      const related = articles
        .filter((article) => article.status === 'published' && article.relatedExercises.includes(exercise.slug))
        .map((article) => articleIds.get(article.slug)!)
      if (related.length === 0) continue
      await payload.update({
        collection: 'exercises',
        id: exerciseIds.get(exercise.slug)!,
        data: { relatedArticles: related, _status: 'published' },
      })
    }
  }

  const locationIds: Ids = new Map()
  for (const location of locations) {
    const { image, ...fields } = location
    locationIds.set(
      location.slug,
      await ensure('locations', { field: 'slug', value: location.slug }, () =>
        payload.create({ collection: 'locations', data: { ...fields, image: media(image) } }),
      ),
    )
  }

  const instructorIds: Ids = new Map()
  for (const instructor of instructors) {
    const { photo, ...fields } = instructor
    instructorIds.set(
      instructor.slug,
      await ensure('instructors', { field: 'slug', value: instructor.slug }, () =>
        payload.create({
          collection: 'instructors',
          data: { ...fields, photo: media(photo), locations: idsOf(locationIds, instructor.locations, 'location') },
        }),
      ),
    )
  }

  for (const entry of classes) {
    await ensure('classes', { field: 'slug', value: entry.slug }, () =>
      payload.create({
        collection: 'classes',
        data: {
          ...entry,
          instructors: idsOf(instructorIds, entry.instructors, 'instructor'),
          locations: idsOf(locationIds, entry.locations, 'location'),
          _status: 'published',
        },
      }),
    )
  }

  for (const offering of offerings) {
    const { image, included, ...fields } = offering
    await ensure('offerings', { field: 'slug', value: offering.slug }, () =>
      payload.create({
        collection: 'offerings',
        data: { ...fields, image: media(image), included: included.map((item) => ({ item })), _status: 'published' },
      }),
    )
  }

  // Globals: filled once; after that they belong to the studio's staff.
  const slugMaps: Partial<Record<string, Ids>> = { articles: articleIds, exercises: exerciseIds, topics: topicIds, locations: locationIds, instructors: instructorIds }
  const toLink = (entry: SeedLink) => {
    if (entry.internal) {
      const id = slugMaps[entry.internal.collection]?.get(entry.internal.slug)
      if (id === undefined) throw new Error(`Seed link target ${entry.internal.collection}/${entry.internal.slug} is not defined`)
      return { link: { type: 'internal' as const, label: entry.label, newTab: entry.newTab ?? false, reference: { relationTo: entry.internal.collection, value: id } } }
    }
    return { link: { type: 'custom' as const, label: entry.label, newTab: entry.newTab ?? false, url: entry.url } }
  }

  const studio = await payload.findGlobal({ slug: 'studio', depth: 0, draft: true })
  if (!studio.updatedAt) {
    await payload.updateGlobal({
      slug: 'studio',
      data: { ...site.studio, defaultSeoImage: media(site.studio.defaultSeoImage), _status: 'published' },
    })
  }
  note(!studio.updatedAt, 'global studio')

  const header = await payload.findGlobal({ slug: 'header', depth: 0 })
  if (!header.updatedAt) {
    await payload.updateGlobal({ slug: 'header', data: { navItems: site.header.navItems.map(toLink) as never } })
  }
  note(!header.updatedAt, 'global header')

  const footer = await payload.findGlobal({ slug: 'footer', depth: 0 })
  if (!footer.updatedAt) {
    await payload.updateGlobal({
      slug: 'footer',
      data: {
        columns: site.footer.columns.map((column) => ({ title: column.title, links: column.links.map(toLink) })) as never,
        newsletterBlurb: site.footer.newsletterBlurb,
        newsletterUrl: site.footer.newsletterUrl,
      },
    })
  }
  note(!footer.updatedAt, 'global footer')

  return report
}
