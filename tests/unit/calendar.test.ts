/**
 * @jest-environment node
 */
import { describe, expect, it } from '@jest/globals'
import ical from 'node-ical'

import type { TimetableRule } from '@/lib/content/schedule'
import { upcomingSessions } from '@/lib/model/schedule'
import { timetableCalendar } from '@/lib/seo/calendar'

const ref = (name: string, location = 'brooklyn') => ({
  class: { name, slug: name.toLowerCase().replace(/ /g, '-'), level: 'beginner' },
  location: { name: `Studio ${location}`, slug: location, street: '1 Main St', city: 'Brooklyn' },
  instructor: { name: 'Maya Delgado', slug: 'maya-delgado' },
  bookingUrl: 'https://book.example/x',
})
const rules: TimetableRule[] = [
  { id: 1, kind: 'weekly', weekday: 'mon', startTime: '07:30', durationMinutes: 45, timeZone: 'America/New_York', cancellations: [{ date: '2026-12-07', reason: 'Away' }], closures: [], ref: ref('Ball Foundations') },
  { id: 2, kind: 'weekly', weekday: 'sat', startTime: '09:00', durationMinutes: 55, timeZone: 'America/Los_Angeles', closures: [{ date: '2026-12-12', note: 'Training weekend' }], ref: ref('Hips and Spine Flow', 'santa-monica') },
  { id: 3, kind: 'weekly', weekday: 'wed', startTime: '12:00', durationMinutes: 45, timeZone: 'Pacific/Auckland', ref: ref('Breath and Core', 'auckland') },
  { id: 4, kind: 'once', date: '2026-12-06', startTime: '11:00', durationMinutes: 60, timeZone: 'America/Los_Angeles', ref: ref('Sunday Workshop', 'santa-monica') },
  { id: 5, kind: 'once', date: '2026-12-08', startTime: '11:00', durationMinutes: 60, timeZone: 'America/New_York', cancelled: true, cancelReason: 'Too few', ref: ref('Cancelled Workshop') },
]

type Parsed = { type: string; summary: string; start: Date; status?: string; rrule?: { between: (a: Date, b: Date, inc: boolean) => Date[] }; exdate?: Record<string, Date>; start_tz?: string }

describe('the timetable as iCalendar', () => {
  const now = new Date('2026-12-03T15:00:00Z')
  const text = timetableCalendar(rules, { name: 'Test timetable', now })
  const events = Object.values(ical.sync.parseICS(text)).filter((entry) => (entry as Parsed).type === 'VEVENT') as Parsed[]

  it('has one recurring event per weekly slot, in the location’s time zone, and one event per one-off', () => {
    expect(events).toHaveLength(5)
    expect(text).toMatch(/DTSTART;TZID=America\/New_York:20261130T073000/)
    expect(text).toMatch(/RRULE:FREQ=WEEKLY;BYDAY=MO/)
    expect(text).toMatch(/BEGIN:VTIMEZONE\r?\nTZID:America\/New_York/)
    expect(text).toMatch(/TZID:Pacific\/Auckland/)
    expect(events.find((event) => event.summary.startsWith('Cancelled Workshop'))?.status).toBe('CANCELLED')
  })

  it('gives the same sessions for the coming week as the timetable page, cancellations and closures left out', () => {
    const weekEnd = new Date(now.getTime() + 8 * 86_400_000)
    const fromFeed = events
      .flatMap((event) => {
        if (event.status === 'CANCELLED') return []
        const starts = event.rrule ? event.rrule.between(new Date(now.getTime() - 86_400_000), weekEnd, true) : [event.start]
        const excluded = new Set(Object.values(event.exdate ?? {}).map((date) => new Date(date).toISOString()))
        return starts.map((start) => new Date(start).toISOString()).filter((start) => !excluded.has(start)).map((start) => `${event.summary.split(' with ')[0]} ${start}`)
      })
      .sort()
    const fromPage = upcomingSessions(rules, now, 7)
      .filter((session) => session.status === 'scheduled')
      .map((session) => `${session.ref.class.name} ${session.start.toISOString()}`)
      .sort()
    expect(fromPage.length).toBeGreaterThanOrEqual(3)
    expect(fromFeed.filter((entry) => fromPage.includes(entry))).toEqual(fromPage)
    // Nothing on the page's cancelled or closed dates.
    expect(fromFeed.some((entry) => entry.includes('2026-12-07T12:30'))).toBe(false)
    expect(fromFeed.some((entry) => entry.includes('2026-12-12T17:00'))).toBe(false)
  })
})
