import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'

import type { Location, Studio } from '@/payload-types'
import {
  articleJsonLd,
  breadcrumbJsonLd,
  locationJsonLd,
  openingHoursSpecification,
  organizationJsonLd,
  sectionCrumbs,
  serializeJsonLd,
  websiteJsonLd,
} from '@/lib/seo/structured-data'
import { absoluteUrl, siteUrl } from '@/lib/server/site-url'

/** The builders return schema-dts types; the tests read them as plain JSON, as a crawler does. */
const plain = (value: unknown) => value as Record<string, unknown>

const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?(Z|[+-]\d{2}:\d{2})$/
const ORIGIN = 'https://bthemethod.example'

const studio = {
  id: 1,
  name: 'B The Method',
  tagline: 'Move with ease',
  contact: { email: 'hello@bthemethod.example', phone: '+1 718 555 0100' },
  socialLinks: [{ platform: 'instagram', url: 'https://instagram.com/bthemethod' }],
} as Studio

const article = {
  title: 'Why a Small Soft Ball',
  slug: 'why-a-small-soft-ball',
  excerpt: 'What the ball does for your back.',
  heroImage: { url: '/api/media/file/ball.jpg', mimeType: 'image/jpeg', sizes: { social: { url: '/api/media/file/ball-1200x630.jpg' } } },
  publishedAt: '2026-03-02 09:30:00+00',
  updatedAt: '2026-04-10T12:00:00.000Z',
  authorName: 'Maya Delgado',
  topics: [{ id: 1, name: 'Back care', slug: 'back-care' }],
} as never

const location = {
  id: 7,
  slug: 'brooklyn',
  name: 'B The Method Brooklyn',
  description: 'Our original studio.',
  address: { street: '412 Halsey Lane', city: 'Brooklyn', region: 'NY', postalCode: '11238', country: 'US' },
  geo: { latitude: 40.6776, longitude: -73.9691 },
  phone: '+1 718 555 0142',
  timeZone: 'America/New_York',
  openingHours: [
    { day: 'mon', opens: '07:00', closes: '12:00' },
    { day: 'mon', opens: '16:00', closes: '20:00' },
    { day: 'tue', opens: '07:00', closes: '20:00' },
    { day: 'wed', opens: '07:00', closes: '12:00' },
    { day: 'wed', opens: '16:00', closes: '20:00' },
    { day: 'sat', opens: '08:00', closes: '13:00' },
  ],
  specialClosures: [
    { date: '2026-01-01', note: 'Past: left out' },
    { date: '2026-12-25T00:00:00.000Z', note: 'Christmas' },
  ],
  updatedAt: '2026-01-01T00:00:00.000Z',
  createdAt: '2026-01-01T00:00:00.000Z',
} as Location

let savedOrigin: string | undefined
beforeEach(() => {
  savedOrigin = process.env.NEXT_PUBLIC_SERVER_URL
  process.env.NEXT_PUBLIC_SERVER_URL = `${ORIGIN}/`
})
afterEach(() => {
  if (savedOrigin === undefined) delete process.env.NEXT_PUBLIC_SERVER_URL
  else process.env.NEXT_PUBLIC_SERVER_URL = savedOrigin
})

describe('siteUrl and absoluteUrl', () => {
  it('use NEXT_PUBLIC_SERVER_URL without its trailing slash, and localhost:3000 when unset', () => {
    expect(siteUrl()).toBe(ORIGIN)
    expect(absoluteUrl('/blog/x')).toBe(`${ORIGIN}/blog/x`)
    expect(absoluteUrl('blog')).toBe(`${ORIGIN}/blog`)
    expect(absoluteUrl('https://cdn.example.com/a.jpg')).toBe('https://cdn.example.com/a.jpg')
    delete process.env.NEXT_PUBLIC_SERVER_URL
    expect(absoluteUrl('/')).toBe('http://localhost:3000/')
  })
})

describe('articleJsonLd', () => {
  it('describes the article as a BlogPosting with absolute URLs, ISO 8601 dates, author and publisher', () => {
    const data = plain(articleJsonLd(article, studio))
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: 'Why a Small Soft Ball',
      description: 'What the ball does for your back.',
      url: `${ORIGIN}/blog/why-a-small-soft-ball`,
      mainEntityOfPage: { '@type': 'WebPage', '@id': `${ORIGIN}/blog/why-a-small-soft-ball` },
      author: { '@type': 'Person', name: 'Maya Delgado' },
      publisher: { '@type': 'Organization', name: 'B The Method', logo: { '@type': 'ImageObject', url: `${ORIGIN}/icon.svg` } },
      image: `${ORIGIN}/api/media/file/ball-1200x630.jpg`,
    })
    // Postgres hands back "2026-03-02 09:30:00+00": crawlers need ISO 8601.
    expect(data.datePublished).toBe('2026-03-02T09:30:00.000Z')
    expect(data.dateModified).toMatch(ISO_8601)
  })

  it('credits the studio when the article has no author name, and falls back to updatedAt and the default share image', () => {
    const withDefaultImage = { ...studio, defaultSeoImage: { url: '/api/media/file/default.jpg', mimeType: 'image/jpeg' } } as Studio
    const data = plain(articleJsonLd({ ...(article as object), authorName: null, publishedAt: null, heroImage: null } as never, withDefaultImage))
    expect(data.author).toMatchObject({ '@type': 'Organization', name: 'B The Method' })
    expect(data.datePublished).toBe('2026-04-10T12:00:00.000Z')
    expect(data.image).toBe(`${ORIGIN}/api/media/file/default.jpg`)
  })
})

describe('openingHoursSpecification', () => {
  it('groups days with the same hours, keeps split days as two ranges, and leaves closed days out', () => {
    const spec = openingHoursSpecification(location.openingHours as never)
    expect(spec).toEqual([
      { '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Monday', 'https://schema.org/Wednesday'], opens: '07:00', closes: '12:00' },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Monday', 'https://schema.org/Wednesday'], opens: '16:00', closes: '20:00' },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Tuesday'], opens: '07:00', closes: '20:00' },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Saturday'], opens: '08:00', closes: '13:00' },
    ])
    const days = spec.flatMap((entry) => entry.dayOfWeek as string[])
    for (const closed of ['Thursday', 'Friday', 'Sunday']) expect(days).not.toContain(`https://schema.org/${closed}`)
  })

  it('is empty for a location without hours, and skips malformed rows', () => {
    expect(openingHoursSpecification([])).toEqual([])
    expect(openingHoursSpecification([{ day: 'mon', opens: '7am', closes: '12:00' }])).toEqual([])
  })
})

describe('locationJsonLd', () => {
  it('describes a location as an ExerciseGym with address, geo, telephone, url, hours and upcoming closures', () => {
    const data = plain(locationJsonLd(location, studio, new Date('2026-11-26T12:00:00Z')))
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ExerciseGym',
      name: 'B The Method Brooklyn',
      url: `${ORIGIN}/studio/locations/brooklyn`,
      telephone: '+1 718 555 0142',
      address: { '@type': 'PostalAddress', streetAddress: '412 Halsey Lane', addressLocality: 'Brooklyn', addressRegion: 'NY', postalCode: '11238', addressCountry: 'US' },
      geo: { '@type': 'GeoCoordinates', latitude: 40.6776, longitude: -73.9691 },
      specialOpeningHoursSpecification: [{ '@type': 'OpeningHoursSpecification', opens: '00:00', closes: '00:00', validFrom: '2026-12-25', validThrough: '2026-12-25' }],
    })
    expect(data.openingHoursSpecification).toHaveLength(4)
  })

  it('leaves geo out without coordinates and uses the studio phone when the location has none', () => {
    const data = plain(locationJsonLd({ ...location, geo: { latitude: null, longitude: null }, phone: null, specialClosures: [] }, studio))
    expect(data.geo).toBeUndefined()
    expect(data.telephone).toBe('+1 718 555 0100')
    expect(data.specialOpeningHoursSpecification).toBeUndefined()
  })
})

describe('breadcrumbJsonLd', () => {
  it('numbers the trail from 1 with absolute item URLs', () => {
    const data = breadcrumbJsonLd([...sectionCrumbs.journal(), { name: 'Why a Small Soft Ball', path: '/blog/why-a-small-soft-ball' }])
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: `${ORIGIN}/` },
        { '@type': 'ListItem', position: 2, name: 'Journal', item: `${ORIGIN}/blog` },
        { '@type': 'ListItem', position: 3, name: 'Why a Small Soft Ball', item: `${ORIGIN}/blog/why-a-small-soft-ball` },
      ],
    })
  })
})

describe('organizationJsonLd and websiteJsonLd', () => {
  it('name the studio with its logo, contact and social profiles, and the site it publishes', () => {
    expect(organizationJsonLd(studio)).toMatchObject({
      '@type': 'Organization',
      '@id': `${ORIGIN}/#organization`,
      name: 'B The Method',
      url: ORIGIN,
      logo: { url: `${ORIGIN}/icon.svg` },
      email: 'hello@bthemethod.example',
      telephone: '+1 718 555 0100',
      sameAs: ['https://instagram.com/bthemethod'],
    })
    expect(websiteJsonLd(studio)).toMatchObject({ '@type': 'WebSite', name: 'B The Method', url: ORIGIN, publisher: { '@id': `${ORIGIN}/#organization` } })
  })
})

describe('serializeJsonLd', () => {
  it('escapes "<" so a title cannot close the script element, and still parses back to the same data', () => {
    const data = breadcrumbJsonLd([{ name: '</script><script>alert(1)</script>', path: '/x' }])
    const json = serializeJsonLd(data)
    expect(json).not.toContain('<')
    expect(JSON.parse(json)).toEqual(data)
  })
})
