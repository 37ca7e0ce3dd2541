import type { Where } from 'payload'

import type { Class, Instructor, Location, Studio } from '@/payload-types'

import { cachedRead, cacheTags } from '../server/cache'
import { readMode, type ReadOptions } from './read-mode'
import { mediaSelect } from './media'
import { getPayloadClient } from '../server/payload'
import { listPageIndex, listPageSlugs, type PageIndexEntry } from './page-index'

const STUDIO_TAGS = [cacheTags.global('studio'), cacheTags.collection('media')]

/** The Studio global: name, tagline, about text, contact and social links. */
export async function getStudio(options: ReadOptions = {}): Promise<Studio> {
  return cachedRead(
    ['studio'],
    STUDIO_TAGS,
    async () => {
      const payload = await getPayloadClient()
      return payload.findGlobal({ slug: 'studio', ...readMode(options), depth: 1, populate: { media: mediaSelect } })
    },
    options,
  )
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
