/** Weekly opening hours: validation now, "open now" for the site later, one module. */

import { dateTimeFormat } from './intl'

export type OpeningRange = { day: string; opens: string; closes: string }

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/

export function minutesOf(time: string): number | null {
  const match = TIME.exec(time)
  return match ? Number(match[1]) * 60 + Number(match[2]) : null
}

/**
 * Problems with a week of ranges, each naming the row (1-based) and the reason:
 * times must be HH:MM (24h), close after they open (ranges past midnight are split
 * over two days), and two ranges on the same day must not overlap.
 */
export function findOpeningHoursProblems(ranges: OpeningRange[]): string[] {
  const problems: string[] = []
  const byDay = new Map<string, { row: number; start: number; end: number }[]>()
  ranges.forEach((range, index) => {
    const row = index + 1
    const start = minutesOf(range.opens ?? '')
    const end = minutesOf(range.closes ?? '')
    if (start === null || end === null) {
      problems.push(`Row ${row}: use 24-hour times like 07:30 and 19:00.`)
      return
    }
    if (end <= start) {
      problems.push(`Row ${row}: closing time ${range.closes} must be after opening time ${range.opens}.`)
      return
    }
    const list = byDay.get(range.day) ?? []
    for (const other of list) {
      if (start < other.end && other.start < end) {
        problems.push(`Row ${row} overlaps row ${other.row} on the same day: merge them or fix the times.`)
      }
    }
    list.push({ row, start, end })
    byDay.set(range.day, list)
  })
  return problems
}

export const WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Weekday = (typeof WEEK)[number]
export type Closure = { date: string; note: string }

const DAY_NAMES: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
}

/** Weekday, minutes since midnight and calendar date of `now` on the clock of `timeZone`. */
export function localTime(timeZone: string, now: Date): { day: Weekday; minutes: number; date: string } {
  const parts = Object.fromEntries(
    dateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(now)
      .map((part) => [part.type, part.value]),
  )
  return {
    day: parts.weekday.toLowerCase().slice(0, 3) as Weekday,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
    date: `${parts.year}-${parts.month}-${parts.day}`,
  }
}

export function rangesOn(ranges: OpeningRange[], day: Weekday): OpeningRange[] {
  return ranges
    .filter((range) => range.day === day)
    .sort((a, b) => (minutesOf(a.opens) ?? 0) - (minutesOf(b.opens) ?? 0))
}

/** Monday to Sunday with each day's ranges (empty = closed), for the hours table. */
export function weeklySchedule(ranges: OpeningRange[]): { day: Weekday; name: string; ranges: OpeningRange[] }[] {
  return WEEK.map((day) => ({ day, name: DAY_NAMES[day], ranges: rangesOn(ranges, day) }))
}

/** "2026-11-26" + 1 -> "2026-11-27" (calendar arithmetic, no time zones involved). */
function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T12:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

export type OpenStatus = {
  open: boolean
  /** Today's ranges on the location's clock. */
  today: Weekday
  todayRanges: OpeningRange[]
  closure: Closure | null
  /** "Closes at 12:00", "Opens at 16:00", "Opens Tuesday at 07:00", or null when never open. */
  nextChange: string | null
}

/**
 * Whether a location is open at `now`, computed on the location's own clock (so the
 * server's time zone never matters), with special closures taking precedence.
 */
export function openStatus(
  ranges: OpeningRange[],
  timeZone: string,
  closures: Closure[],
  now: Date = new Date(),
): OpenStatus {
  const local = localTime(timeZone, now)
  const closure = closures.find((entry) => entry.date.slice(0, 10) === local.date) ?? null
  const todayRanges = rangesOn(ranges, local.day)
  const current = closure
    ? undefined
    : todayRanges.find((range) => (minutesOf(range.opens) ?? 0) <= local.minutes && local.minutes < (minutesOf(range.closes) ?? 0))
  if (current) {
    return { open: true, today: local.day, todayRanges, closure, nextChange: `Closes at ${current.closes}` }
  }
  const laterToday = closure ? undefined : todayRanges.find((range) => (minutesOf(range.opens) ?? 0) > local.minutes)
  if (laterToday) {
    return { open: false, today: local.day, todayRanges, closure, nextChange: `Opens at ${laterToday.opens}` }
  }
  const start = WEEK.indexOf(local.day)
  const closedDates = new Set(closures.map((entry) => entry.date.slice(0, 10)))
  for (let offset = 1; offset <= 7; offset++) {
    const day = WEEK[(start + offset) % 7]
    const first = rangesOn(ranges, day)[0]
    if (first && !closedDates.has(addDays(local.date, offset))) {
      const when = offset === 1 ? 'tomorrow' : DAY_NAMES[day]
      return { open: false, today: local.day, todayRanges, closure, nextChange: `Opens ${when} at ${first.opens}` }
    }
  }
  return { open: false, today: local.day, todayRanges, closure, nextChange: null }
}
