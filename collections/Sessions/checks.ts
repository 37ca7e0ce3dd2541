import type { PayloadRequest, Validate } from 'payload'

import type { OpeningRange, Weekday } from '../../lib/model/opening-hours'
import { weekdayOf } from '../../lib/model/schedule'
import { outsideOpeningHours, slotsOverlap, startTimeProblem, type SlotTimes } from '../../lib/model/timetable-checks'

type Id = number | string
type SessionData = {
  kind?: 'weekly' | 'once'
  weekday?: Weekday | null
  date?: string | null
  startTime?: string
  durationMinutes?: number | null
  validFrom?: string | null
  validUntil?: string | null
  location?: Id | { id: Id } | null
  instructor?: Id | { id: Id } | null
  class?: Id | { id: Id } | null
}
type LocationFacts = { name: string; timeZone: string; openingHours?: OpeningRange[] | null }

export const idOf = (value: SessionData['location']): Id | null => (value && typeof value === 'object' ? value.id : (value ?? null))

/** The location's name, time zone and hours, read once per save. */
export async function locationFacts(req: PayloadRequest, id: Id | null): Promise<LocationFacts | null> {
  if (id === null) return null
  const cache = ((req.context.locationFacts as Map<Id, LocationFacts | null> | undefined) ??= new Map())
  if (!cache.has(id)) {
    const found = await req.payload.find({
      collection: 'locations',
      where: { id: { equals: id } },
      limit: 1,
      depth: 0,
      select: { name: true, timeZone: true, openingHours: true },
      overrideAccess: true,
      req,
    })
    cache.set(id, (found.docs[0] as unknown as LocationFacts) ?? null)
  }
  return cache.get(id) ?? null
}

const weekdayOfSession = (data: SessionData): Weekday | null =>
  data.kind === 'once' ? (data.date ? weekdayOf(data.date.slice(0, 10)) : null) : (data.weekday ?? null)

/** HH:MM, and within the location's opening hours on that day. */
export const validateStartTime: Validate<string | null | undefined> = async (value, { data, req }) => {
  const problem = startTimeProblem(value)
  if (problem) return problem
  const session = data as SessionData
  const weekday = weekdayOfSession(session)
  const location = await locationFacts(req, idOf(session.location))
  if (!weekday || !location || !session.durationMinutes) return true
  return outsideOpeningHours(location, weekday, String(value), session.durationMinutes) ?? true
}

export const requiredFor =
  (kind: 'weekly' | 'once', message: string): Validate<unknown> =>
  (value, { data }) =>
    (data as SessionData).kind !== kind || value ? true : message

/** An instructor cannot teach two sessions that are on at the same moment, anywhere. */
export const validateInstructorFree: Validate<unknown> = async (value, { data, req, id }) => {
  const instructor = idOf(value as SessionData['instructor'])
  const session = data as SessionData
  if (instructor === null || !session.startTime || !session.durationMinutes || startTimeProblem(session.startTime)) return true
  const location = await locationFacts(req, idOf(session.location))
  if (!location) return true
  const { docs } = await req.payload.find({
    collection: 'sessions',
    where: { and: [{ instructor: { equals: instructor } }, ...(id ? [{ id: { not_equals: id } }] : [])] },
    pagination: false,
    depth: 1,
    populate: { locations: { name: true, timeZone: true }, classes: { name: true }, instructors: { name: true } },
    overrideAccess: true,
    req,
  })
  const mine: SlotTimes = { ...(session as SlotTimes), kind: session.kind ?? 'weekly', durationMinutes: session.durationMinutes, timeZone: location.timeZone }
  const today = new Date().toISOString().slice(0, 10)
  for (const other of docs as unknown as (SlotTimes & { location: LocationFacts; class: { name: string }; instructor: { name: string }; label?: string })[]) {
    if (!other.location?.timeZone) continue
    if (slotsOverlap(mine, { ...other, timeZone: other.location.timeZone }, today)) {
      return `${other.instructor?.name ?? 'This instructor'} already teaches ${other.label ?? other.class?.name ?? 'another session'} then: choose another instructor or time.`
    }
  }
  return true
}
