import type { Where } from 'payload'

import type { Class, Instructor, Location, Studio } from '@/payload-types'

import { cachedRead, cacheTags } from '../server/cache'
import { readMode, type ReadOptions } from './read-mode'
import { mediaSelect } from './media'
import { fieldSlots, fillReferences, type ReadByIds } from './references'
import { getPayloadClient } from '../server/payload'
import { listPageIndex, listPageSlugs, type PageIndexEntry } from './page-index'

const STUDIO_TAGS = [cacheTags.global('studio'), cacheTags.collection('media')]

/** The Studio global: name, tagline, about text, contact and social links. */
export async function getStudio(options: ReadOptions = {}): Promise<Studio> {
  return cachedRead(
    ['studio'],
    STUDIO_TAGS,
    async () => {
      if (options.draft) return readDraftStudio()
      const payload = await getPayloadClient()
      return payload.findGlobal({ slug: 'studio', ...readMode(), depth: 1, populate: { media: mediaSelect } })
    },
    options,
  )
}

/**
 * The Studio as its latest save left it, for preview, in one statement: every save of a
 * global with drafts is a version, so the newest version is the draft (Payload's
 * `findGlobal` with `draft` reads the global and then that version). Its image comes from
 * the visitors' cached read (lib/content/references.ts).
 */
export async function readDraftStudio(readByIds?: ReadByIds): Promise<Studio> {
  const payload = await getPayloadClient()
  const { docs } = await payload.findGlobalVersions({ slug: 'studio', sort: '-updatedAt', limit: 1, pagination: false, depth: 0, overrideAccess: true })
  const latest = docs[0]
  if (!latest) return payload.findGlobal({ slug: 'studio', ...readMode({ draft: true }), depth: 1, populate: { media: mediaSelect } })
  const studio = { ...latest.version, globalType: 'studio' } as Studio
  await fillReferences(fieldSlots(studio as unknown as Record<string, unknown>, 'defaultSeoImage', 'media'), readByIds)
  return studio
}

const LOCATION_TAGS = [cacheTags.collection('locations'), cacheTags.collection('media')]

export async function listLocations(): Promise<Location[]> {
  return cachedRead(['locations', 'all'], LOCATION_TAGS, async () => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({ collection: 'locations', ...readMode(), sort: 'name', limit: 50, depth: 1, populate: { media: mediaSelect } })
    return docs
  })
}

export async function getLocationBySlug(slug: string): Promise<Location | null> {
  return cachedRead(['locations', 'slug', slug], [cacheTags.doc('locations', slug), ...LOCATION_TAGS], async () => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'locations',
      ...readMode(),
      where: { slug: { equals: slug } },
      limit: 1,
      pagination: false,
      depth: 1,
      populate: { media: mediaSelect },
    })
    return docs[0] ?? null
  })
}

const INSTRUCTOR_TAGS = [cacheTags.collection('instructors'), cacheTags.collection('locations'), cacheTags.collection('media')]
const instructorPopulate = { media: mediaSelect, locations: { name: true, slug: true } } as const

export async function listInstructors(): Promise<Instructor[]> {
  return cachedRead(['instructors', 'all'], INSTRUCTOR_TAGS, async () => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({ collection: 'instructors', ...readMode(), sort: 'name', limit: 100, depth: 1, populate: instructorPopulate })
    return docs
  })
}

export async function getInstructorBySlug(slug: string): Promise<Instructor | null> {
  return cachedRead(['instructors', 'slug', slug], [cacheTags.doc('instructors', slug), ...INSTRUCTOR_TAGS], async () => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'instructors',
      ...readMode(),
      where: { slug: { equals: slug } },
      limit: 1,
      pagination: false,
      depth: 1,
      populate: instructorPopulate,
    })
    return docs[0] ?? null
  })
}

const CLASS_TAGS = [cacheTags.collection('classes'), cacheTags.collection('instructors'), cacheTags.collection('locations')]
const classPopulate = { instructors: { name: true, slug: true }, locations: { name: true, slug: true } } as const

/** Published classes, optionally only those an instructor teaches or a location hosts. */
export async function listClasses(filter: { instructorId?: number; locationId?: number } = {}): Promise<Class[]> {
  return cachedRead(['classes', 'list', String(filter.instructorId ?? ''), String(filter.locationId ?? '')], CLASS_TAGS, async () => {
    const payload = await getPayloadClient()
    const where: Where | undefined = filter.instructorId
      ? { instructors: { contains: filter.instructorId } }
      : filter.locationId
        ? { locations: { contains: filter.locationId } }
        : undefined
    const { docs } = await payload.find({ collection: 'classes', ...readMode(), where, sort: 'name', limit: 100, depth: 1, populate: classPopulate })
    return docs
  })
}

export async function getClassBySlug(slug: string, options: ReadOptions = {}): Promise<Class | null> {
  return cachedRead(
    ['classes', 'slug', slug],
    [cacheTags.doc('classes', slug), ...CLASS_TAGS],
    async () => {
      const payload = await getPayloadClient()
      const { docs } = await payload.find({
        collection: 'classes',
        ...readMode(options),
        where: { slug: { equals: slug } },
        limit: 1,
        pagination: false,
        depth: 1,
        populate: classPopulate,
      })
      return docs[0] ?? null
    },
    options,
  )
}

/** For static generation and the sitemap of the studio's detail pages (lib/content/page-index.ts). */
export const listStudioSlugs = (collection: 'locations' | 'instructors' | 'classes') => listPageSlugs(collection)
export type StudioIndexEntry = PageIndexEntry
export const listStudioIndex = (collection: 'locations' | 'instructors' | 'classes') => listPageIndex(collection)
