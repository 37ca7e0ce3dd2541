import type { Closure, Weekday } from '../model/opening-hours'
import { groupByDate, nextSessions, upcomingSessions, type Occurrence, type SessionRule } from '../model/schedule'
import { cachedRead, cacheTags } from '../server/cache'
import { getPayloadClient } from '../server/payload'
import { readMode } from './read-mode'

export type SessionRef = {
  class: { name: string; slug: string; level: string }
  location: { name: string; slug: string; street: string | null; city: string | null }
  instructor: { name: string; slug: string } | null
  /** The slot's own booking link, else the class's, else the location's. */
  bookingUrl: string | null
}
export type TimetableSession = Occurrence<SessionRef>
export type TimetableRule = SessionRule<SessionRef>

/** Everything that changes what the timetable shows. */
export const SCHEDULE_TAGS = ['sessions', 'classes', 'locations', 'instructors'].map((collection) => cacheTags.collection(collection))

type Named = { name?: string; slug?: string }
type SessionDoc = {
  id: number
  kind: 'weekly' | 'once'
  weekday?: Weekday | null
  date?: string | null
  startTime: string
  durationMinutes?: number | null
  validFrom?: string | null
  validUntil?: string | null
  bookingUrl?: string | null
  cancellations?: { date: string; reason?: string | null }[] | null
  cancelled?: boolean | null
  cancelReason?: string | null
  class: (Named & { level?: string; durationMinutes?: number; bookingUrl?: string | null }) | number
  location: (Named & { timeZone?: string; specialClosures?: Closure[] | null; bookingUrl?: string | null; address?: { street?: string; city?: string } }) | number
  instructor?: Named | number | null
}

/**
 * Every slot of the timetable whose class is published, as rules with what a page shows
 * of its class, location and instructor: one query, cached by tag, and refreshed by the
 * clock as well (the dates are worked out per request from these rules).
 */
export async function listTimetableRules(): Promise<TimetableRule[]> {
  const docs = await cachedRead(['schedule', 'rules'], SCHEDULE_TAGS, async () => {
    const payload = await getPayloadClient()
    const { docs: found } = await payload.find({
      collection: 'sessions',
      ...readMode(),
      pagination: false,
      depth: 1,
      select: { label: false, createdAt: false, updatedAt: false },
      populate: {
        classes: { name: true, slug: true, level: true, durationMinutes: true, bookingUrl: true },
        locations: { name: true, slug: true, timeZone: true, specialClosures: true, bookingUrl: true, address: true },
        instructors: { name: true, slug: true },
      },
    })
    return found as unknown as SessionDoc[]
  })
  return docs.flatMap((doc): TimetableRule[] => {
    // An unpublished class (or a deleted location) is not populated for visitors: its slots stay off the site.
    if (typeof doc.class !== 'object' || typeof doc.location !== 'object' || !doc.class.slug || !doc.location.timeZone) return []
    const instructor = doc.instructor && typeof doc.instructor === 'object' && doc.instructor.slug ? { name: doc.instructor.name ?? '', slug: doc.instructor.slug } : null
    return [
      {
        id: doc.id,
        kind: doc.kind,
        weekday: doc.weekday,
        date: doc.date?.slice(0, 10) ?? null,
        startTime: doc.startTime,
        durationMinutes: doc.durationMinutes ?? doc.class.durationMinutes ?? 50,
        validFrom: doc.validFrom,
        validUntil: doc.validUntil,
        cancellations: doc.cancellations ?? [],
        cancelled: doc.cancelled,
        cancelReason: doc.cancelReason,
        timeZone: doc.location.timeZone,
        closures: doc.location.specialClosures ?? [],
        ref: {
          class: { name: doc.class.name ?? '', slug: doc.class.slug, level: doc.class.level ?? 'all-levels' },
          location: { name: doc.location.name ?? '', slug: doc.location.slug ?? '', street: doc.location.address?.street ?? null, city: doc.location.address?.city ?? null },
          instructor,
          bookingUrl: doc.bookingUrl || doc.class.bookingUrl || doc.location.bookingUrl || null,
        },
      },
    ]
  })
}

export type TimetableFilters = { location: string | null; level: string | null; instructor: string | null }

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim().slice(0, 120) || null

export function parseTimetableFilters(params: Record<string, string | string[] | undefined>): TimetableFilters {
  return { location: one(params.location), level: one(params.level), instructor: one(params.instructor) }
}

export function matchesFilters(rule: TimetableRule, filters: TimetableFilters): boolean {
  return (
    (!filters.location || rule.ref.location.slug === filters.location) &&
    (!filters.level || rule.ref.class.level === filters.level) &&
    (!filters.instructor || rule.ref.instructor?.slug === filters.instructor)
  )
}

/** The coming week, grouped by day, with what the filter menus offer. */
export async function getWeekTimetable(filters: TimetableFilters, now: Date = new Date()) {
  const rules = await listTimetableRules()
  const chosen = rules.filter((rule) => matchesFilters(rule, filters))
  const unique = <T extends { slug: string }>(items: T[]) => [...new Map(items.map((item) => [item.slug, item])).values()].sort((a, b) => a.slug.localeCompare(b.slug))
  return {
    days: groupByDate(upcomingSessions(chosen, now, 7)),
    options: {
      locations: unique(rules.map((rule) => rule.ref.location)),
      instructors: unique(rules.flatMap((rule) => (rule.ref.instructor ? [rule.ref.instructor] : []))),
      levels: [...new Set(rules.map((rule) => rule.ref.class.level))],
    },
  }
}

/** The next sessions of a class, a location or an instructor (or of the whole studio). */
export async function getNextSessions(of: { class?: string; location?: string; instructor?: string } = {}, limit = 3, now: Date = new Date()): Promise<TimetableSession[]> {
  const rules = (await listTimetableRules()).filter(
    (rule) =>
      (!of.class || rule.ref.class.slug === of.class) &&
      (!of.location || rule.ref.location.slug === of.location) &&
      (!of.instructor || rule.ref.instructor?.slug === of.instructor),
  )
  return nextSessions(rules, now, limit)
}
