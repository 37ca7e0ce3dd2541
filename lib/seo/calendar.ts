import ical, { ICalEventRepeatingFreq, ICalEventStatus, ICalWeekday } from 'ical-generator'
import { tzlib_get_ical_block } from 'timezones-ical-library'

import type { TimetableRule } from '../content/schedule'
import type { Weekday } from '../model/opening-hours'
import { routes } from '../model/routes'
import { addDays, runsOn, weekdayOf } from '../model/schedule'
import { absoluteUrl } from '../server/site-url'

const BY_DAY: Record<Weekday, ICalWeekday> = {
  mon: ICalWeekday.MO,
  tue: ICalWeekday.TU,
  wed: ICalWeekday.WE,
  thu: ICalWeekday.TH,
  fri: ICalWeekday.FR,
  sat: ICalWeekday.SA,
  sun: ICalWeekday.SU,
}

/**
 * ical-generator writes a Date's UTC fields after the event's TZID: hand it the local
 * wall-clock time as if it were UTC ("07:30 on 30 November" -> DTSTART;TZID=…:20261130T073000).
 */
function wallClock(date: string, time: string): Date {
  const [hours, minutes] = time.split(':').map(Number)
  return new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), hours, minutes))
}

/** The first date on or after `from` that the weekly rule runs on. */
function firstDate(rule: TimetableRule, from: string): string | null {
  for (let offset = 0; offset < 7; offset++) {
    const date = addDays(from, offset)
    if (rule.weekday && weekdayOf(date) === rule.weekday) return date
  }
  return null
}

/**
 * The timetable as an iCalendar feed: one recurring event per weekly slot (RRULE, in the
 * location's time zone with its VTIMEZONE, so calendars keep 9:00 at 9:00), EXDATE for
 * cancellations and closures, and one event per one-off session (cancelled ones marked so).
 */
export function timetableCalendar(rules: TimetableRule[], options: { name: string; now?: Date }): string {
  const now = options.now ?? new Date()
  const calendar = ical({
    name: options.name,
    prodId: { company: 'B The Method', product: 'timetable', language: 'EN' },
    url: absoluteUrl(routes.schedule()),
    timezone: { name: null, generator: (zone) => tzlib_get_ical_block(zone)[0] ?? null },
    ttl: 60 * 60,
  })
  // Weekly slots start from a week ago (or their first date): calendars show the weeks that follow.
  const since = addDays(now.toISOString().slice(0, 10), -7)
  for (const rule of rules) {
    const { ref } = rule
    const base = {
      id: `session-${rule.id}@bthemethod`,
      summary: ref.instructor ? `${ref.class.name} with ${ref.instructor.name}` : ref.class.name,
      location: [ref.location.name, ref.location.street, ref.location.city].filter(Boolean).join(', '),
      description: [`${ref.class.name} at ${ref.location.name}.`, ref.bookingUrl ? `Book: ${ref.bookingUrl}` : null].filter(Boolean).join('\n'),
      url: ref.bookingUrl || absoluteUrl(routes.class(ref.class.slug)),
      timezone: rule.timeZone,
    }
    if (rule.kind === 'once') {
      if (!rule.date) continue
      const start = wallClock(rule.date, rule.startTime)
      const closed = rule.closures?.some((closure) => closure.date.slice(0, 10) === rule.date)
      calendar.createEvent({
        ...base,
        start,
        end: new Date(start.getTime() + rule.durationMinutes * 60_000),
        status: rule.cancelled || closed ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      })
      continue
    }
    if (!rule.weekday) continue
    const fromDate = rule.validFrom && rule.validFrom.slice(0, 10) > since ? rule.validFrom.slice(0, 10) : since
    const first = firstDate(rule, fromDate)
    if (!first || (rule.validUntil && first > rule.validUntil.slice(0, 10))) continue
    const start = wallClock(first, rule.startTime)
    const offDates = [...(rule.cancellations ?? []).map((entry) => entry.date.slice(0, 10)), ...(rule.closures ?? []).map((entry) => entry.date.slice(0, 10))]
    const exclude = [...new Set(offDates)].filter((date) => date >= first && runsOn(rule, date)).map((date) => wallClock(date, rule.startTime))
    calendar.createEvent({
      ...base,
      start,
      end: new Date(start.getTime() + rule.durationMinutes * 60_000),
      repeating: {
        freq: ICalEventRepeatingFreq.WEEKLY,
        byDay: [BY_DAY[rule.weekday]],
        ...(rule.validUntil ? { until: wallClock(rule.validUntil.slice(0, 10), '23:59') } : {}),
        ...(exclude.length ? { exclude } : {}),
      },
    })
  }
  return calendar.toString()
}

export function calendarResponse(body: string, filename: string): Response {
  return new Response(body, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `inline; filename="${filename}"`,
      // Calendar apps poll; Next's cache holds it until the timetable changes.
      'cache-control': 'public, max-age=0, must-revalidate',
    },
  })
}
