/**
 * Structured data (schema.org JSON-LD) for search engines, typed with schema-dts so a
 * misspelt property or a wrong type is a compile error rather than a silently ignored
 * snippet. Builders take what the pages already read from lib/ and return plain objects;
 * components/seo/JsonLd.tsx writes them into the page.
 */
import type {
  BlogPosting,
  BreadcrumbList,
  DayOfWeek,
  ExerciseGym,
  ImageObject,
  OpeningHoursSpecification,
  Organization,
  Thing,
  WebSite,
  WithContext,
} from 'schema-dts'

import type { Location, Media, Studio } from '@/payload-types'

import type { ArticleDetail } from '../content/articles'
import { WEEK, minutesOf, type OpeningRange, type Weekday } from '../model/opening-hours'
import { routes } from '../model/routes'
import { absoluteUrl, siteUrl } from '../server/site-url'

const SCHEMA_DAYS: Record<Weekday, DayOfWeek> = {
  mon: 'https://schema.org/Monday',
  tue: 'https://schema.org/Tuesday',
  wed: 'https://schema.org/Wednesday',
  thu: 'https://schema.org/Thursday',
  fri: 'https://schema.org/Friday',
  sat: 'https://schema.org/Saturday',
  sun: 'https://schema.org/Sunday',
}

/** The site's mark, served by app/(site)/icon.svg. */
export const LOGO_PATH = '/icon.svg'

/** One @id for the studio, so every page's publisher points at the same organisation. */
export const organizationId = () => `${siteUrl()}/#organization`

/** ISO 8601 with time zone, whatever the database driver handed us; undefined when missing. */
export function isoDate(value: string | Date | null | undefined): string | undefined {
  if (!value) return undefined
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}

/** Absolute URL of an uploaded image, preferring its 1200x630 social size. */
export function imageUrlOf(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined
  const media = value as Partial<Media>
  if (media.mimeType && !media.mimeType.startsWith('image/')) return undefined
  const url = media.sizes?.social?.url || media.url
  return url ? absoluteUrl(url) : undefined
}

/** JSON for a <script type="application/ld+json">: `<` escaped so no text can close the script. */
export function serializeJsonLd(data: Thing | Thing[] | WithContext<Thing> | WithContext<Thing>[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
}

function publisherOf(studio: Pick<Studio, 'name'>): Exclude<Organization, string> {
  return {
    '@type': 'Organization',
    '@id': organizationId(),
    name: studio.name,
    url: siteUrl(),
    logo: { '@type': 'ImageObject', url: absoluteUrl(LOGO_PATH) } satisfies ImageObject,
  }
}

/** The studio as an organisation: name, logo, contact and social profiles (home page). */
export function organizationJsonLd(studio: Studio): WithContext<Organization> {
  const sameAs = (studio.socialLinks ?? []).map((link) => link.url).filter(Boolean)
  return {
    '@context': 'https://schema.org',
    ...publisherOf(studio),
    description: studio.tagline ?? studio.mission ?? undefined,
    email: studio.contact?.email ?? undefined,
    telephone: studio.contact?.phone ?? undefined,
    sameAs: sameAs.length ? sameAs : undefined,
  }
}

/** The site itself, published by the studio (home page). */
export function websiteJsonLd(studio: Pick<Studio, 'name' | 'tagline'>): WithContext<WebSite> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': `${siteUrl()}/#website`,
    name: studio.name,
    description: studio.tagline ?? undefined,
    url: siteUrl(),
    publisher: { '@id': organizationId() },
  }
}

/**
 * An article as a BlogPosting. Its image is the hero image, or the studio's default share
 * image for an article without one. (The generated Open Graph card is not used: Next gives
 * its URL a build-specific suffix that only the page's own metadata knows.)
 */
export function articleJsonLd(
  article: Pick<ArticleDetail, 'title' | 'slug' | 'excerpt' | 'heroImage' | 'publishedAt' | 'updatedAt' | 'authorName' | 'topics'>,
  studio: Pick<Studio, 'name' | 'defaultSeoImage'>,
): WithContext<BlogPosting> {
  const url = absoluteUrl(routes.article(article.slug))
  const image = imageUrlOf(article.heroImage) ?? imageUrlOf(studio.defaultSeoImage)
  const published = isoDate(article.publishedAt) ?? isoDate(article.updatedAt)
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: article.title,
    description: article.excerpt,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    image,
    datePublished: published,
    dateModified: isoDate(article.updatedAt) ?? published,
    author: article.authorName
      ? { '@type': 'Person', name: article.authorName }
      : { '@type': 'Organization', '@id': organizationId(), name: studio.name },
    publisher: publisherOf(studio),
    keywords: article.topics.length ? article.topics.map((topic) => topic.name) : undefined,
    articleSection: article.topics[0]?.name,
  }
}

/**
 * Weekly hours as schema.org specifications: days that share the same range are grouped
 * into one entry (Mon–Fri 07:00–20:00), days without a range are closed and simply left
 * out, as schema.org reads them.
 */
export function openingHoursSpecification(ranges: OpeningRange[]): OpeningHoursSpecification[] {
  const byRange = new Map<string, { opens: string; closes: string; days: Weekday[] }>()
  const valid = ranges.filter(
    (range) => WEEK.includes(range.day as Weekday) && minutesOf(range.opens) !== null && minutesOf(range.closes) !== null,
  )
  for (const day of WEEK) {
    for (const range of valid.filter((entry) => entry.day === day)) {
      const key = `${range.opens}-${range.closes}`
      const group = byRange.get(key) ?? { opens: range.opens, closes: range.closes, days: [] }
      if (!group.days.includes(day)) group.days.push(day)
      byRange.set(key, group)
    }
  }
  return [...byRange.values()].map((group) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: group.days.map((day) => SCHEMA_DAYS[day]),
    opens: group.opens,
    closes: group.closes,
  }))
}

/**
 * Upcoming special closures (holidays): schema.org marks a closed day as opens = closes
 * = 00:00 for that date. Past closures are left out; `today` is the YYYY-MM-DD to start from.
 */
export function specialClosuresSpecification(closures: { date: string }[], today: string): OpeningHoursSpecification[] {
  return closures
    .map((closure) => closure.date.slice(0, 10))
    .filter((date) => date >= today)
    .sort()
    .map((date) => ({ '@type': 'OpeningHoursSpecification', opens: '00:00', closes: '00:00', validFrom: date, validThrough: date }))
}

/** A studio location as an ExerciseGym (a LocalBusiness): address, map point, phone and hours. */
export function locationJsonLd(
  location: Location,
  studio: Pick<Studio, 'name' | 'contact'>,
  now: Date = new Date(),
): WithContext<ExerciseGym> {
  const { latitude, longitude } = location.geo ?? {}
  const hasGeo = typeof latitude === 'number' && typeof longitude === 'number'
  const closures = specialClosuresSpecification(location.specialClosures ?? [], now.toISOString().slice(0, 10))
  const url = absoluteUrl(routes.location(location.slug))
  const image = imageUrlOf(location.image)
  return {
    '@context': 'https://schema.org',
    '@type': 'ExerciseGym',
    '@id': `${url}#gym`,
    name: location.name,
    description: location.description ?? undefined,
    url,
    image,
    telephone: location.phone ?? studio.contact?.phone ?? undefined,
    email: location.email ?? undefined,
    address: {
      '@type': 'PostalAddress',
      streetAddress: location.address.street,
      addressLocality: location.address.city,
      addressRegion: location.address.region ?? undefined,
      postalCode: location.address.postalCode ?? undefined,
      addressCountry: location.address.country,
    },
    geo: hasGeo ? { '@type': 'GeoCoordinates', latitude, longitude } : undefined,
    openingHoursSpecification: openingHoursSpecification(location.openingHours ?? []),
    specialOpeningHoursSpecification: closures.length ? closures : undefined,
    parentOrganization: { '@type': 'Organization', '@id': organizationId(), name: studio.name },
  }
}

export type Crumb = { name: string; path: string }

/** The trail from the home page to this page, for nested pages (the last crumb is the page itself). */
export function breadcrumbJsonLd(crumbs: Crumb[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  }
}

/** The crumbs every section starts with: Home, then the section's index page. */
export const sectionCrumbs = {
  journal: (): Crumb[] => [
    { name: 'Home', path: routes.home() },
    { name: 'Journal', path: routes.blog() },
  ],
  exercises: (): Crumb[] => [
    { name: 'Home', path: routes.home() },
    { name: 'Exercises', path: routes.exercises() },
  ],
  routines: (): Crumb[] => [
    { name: 'Home', path: routes.home() },
    { name: 'Routines', path: routes.routines() },
  ],
  studio: (): Crumb[] => [
    { name: 'Home', path: routes.home() },
    { name: 'Studio', path: routes.studio() },
  ],
}
