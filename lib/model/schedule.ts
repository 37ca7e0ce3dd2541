/**
 * The weekly timetable as dated sessions. Pure: times are wall-clock in each location's
 * IANA time zone ("09:00 in America/New_York"), so a 9:00 class stays at 9:00 across
 * daylight-saving changes; instants (Date) are worked out per date.
 */
import { localTime, minutesOf, type Closure, type Weekday, WEEK } from './opening-hours'
import { dateTimeFormat } from './intl'

export type SessionRule<Ref = unknown> = {
  id: number | string
  kind: 'weekly' | 'once'
  /** Weekly slots: the day of the week. */
  weekday?: Weekday | null
  /** One-off sessions: the calendar date (YYYY-MM-DD, the location's). */
  date?: string | null
  startTime: string
  durationMinutes: number
  /** Weekly slots run from / until these dates (inclusive) when set. */
  validFrom?: string | null
  validUntil?: string | null
  /** Dates a weekly slot does not take place, with the reason visitors read. */
  cancellations?: { date: string; reason?: string | null }[] | null
  /** A one-off session that was called off. */
  cancelled?: boolean | null
  cancelReason?: string | null
  timeZone: string
  /** The location's special closures: sessions on those days are shown as closed. */
  closures?: Closure[] | null
  ref: Ref
}

export type SessionStatus = 'scheduled' | 'cancelled' | 'closed'

export type Occurrence<Ref = unknown> = {
  ruleId: number | string
  date: string
  weekday: Weekday
  startTime: string
  endTime: string
  start: Date
  end: Date
  timeZone: string
  durationMinutes: number
  status: SessionStatus
  reason: string | null
  ref: Ref
}

/** "2026-11-26" + 1 -> "2026-11-27" (calendar arithmetic, no time zones involved). */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T12:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

export function weekdayOf(isoDate: string): Weekday {
  return WEEK[(new Date(`${isoDate}T12:00:00Z`).getUTCDay() + 6) % 7]
}

/** Minutes the clock of `timeZone` is ahead of UTC at `instant`. */
function offsetMinutes(timeZone: string, instant: Date): number {
  const parts = Object.fromEntries(
    dateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  )
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second))
  return Math.round((asUtc - instant.getTime()) / 60_000)
}

/**
 * The instant of a wall-clock time in a time zone. A time that does not exist (the hour
 * skipped when clocks go forward) moves forward by the gap, as calendars do; a time that
 * happens twice (clocks go back) is the first of the two.
 */
export function zonedInstant(isoDate: string, time: string, timeZone: string): Date {
  const [hours, minutes] = time.split(':').map(Number)
  const wall = Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10)), hours, minutes)
  // Two rounds settle the offset on either side of a change.
  const first = offsetMinutes(timeZone, new Date(wall))
  const guess = wall - first * 60_000
  const second = offsetMinutes(timeZone, new Date(guess))
  if (second === first) return new Date(guess)
  const adjusted = wall - second * 60_000
  // In a gap neither offset gives back the wall time: take the later reading.
  return offsetMinutes(timeZone, new Date(adjusted)) === second ? new Date(Math.min(guess, adjusted)) : new Date(Math.max(guess, adjusted))
}

const clock = (totalMinutes: number) => {
  const minutes = ((totalMinutes % 1440) + 1440) % 1440
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

/** A session's date on its rule, with its status: cancelled, or on a day the location is closed. */
function occurrenceOn<Ref>(rule: SessionRule<Ref>, date: string): Occurrence<Ref> {
  const start = zonedInstant(date, rule.startTime, rule.timeZone)
  const end = new Date(start.getTime() + rule.durationMinutes * 60_000)
  const cancellation = rule.kind === 'weekly' ? rule.cancellations?.find((entry) => entry.date.slice(0, 10) === date) : null
  const closure = rule.closures?.find((entry) => entry.date.slice(0, 10) === date)
  const cancelled = rule.kind === 'once' ? Boolean(rule.cancelled) : Boolean(cancellation)
  const status: SessionStatus = cancelled ? 'cancelled' : closure ? 'closed' : 'scheduled'
  const reason = cancelled ? (rule.kind === 'once' ? rule.cancelReason : cancellation?.reason) || 'Cancelled' : closure ? closure.note || 'The studio is closed' : null
  return {
    ruleId: rule.id,
    date,
    weekday: weekdayOf(date),
    startTime: rule.startTime,
    endTime: clock((minutesOf(rule.startTime) ?? 0) + rule.durationMinutes),
    start,
    end,
    timeZone: rule.timeZone,
    durationMinutes: rule.durationMinutes,
    status,
    reason,
    ref: rule.ref,
  }
}

/** Whether a weekly rule runs on `date` (its weekday, within from / until). */
export function runsOn(rule: SessionRule, date: string): boolean {
  if (rule.kind === 'once') return rule.date?.slice(0, 10) === date
  if (!rule.weekday || weekdayOf(date) !== rule.weekday) return false
  if (rule.validFrom && date < rule.validFrom.slice(0, 10)) return false
  if (rule.validUntil && date > rule.validUntil.slice(0, 10)) return false
  return true
}

/**
 * Every session in the `days` days from today, where "today" is each location's own today
 * (so a New York and an Auckland studio both start the list at their current date), in
 * order of their start. Cancelled and closed sessions are listed too, with the reason.
 */
export function upcomingSessions<Ref>(rules: SessionRule<Ref>[], now: Date = new Date(), days = 7): Occurrence<Ref>[] {
  const found: Occurrence<Ref>[] = []
  for (const rule of rules) {
    const today = localTime(rule.timeZone, now).date
    for (let offset = 0; offset < days; offset++) {
      const date = addDays(today, offset)
      if (runsOn(rule, date)) found.push(occurrenceOn(rule, date))
    }
  }
  return found.sort((a, b) => a.start.getTime() - b.start.getTime() || String(a.ruleId).localeCompare(String(b.ruleId)))
}

/** Sessions still to come (or on now), at most `limit`, cancelled and closed ones left out. */
export function nextSessions<Ref>(rules: SessionRule<Ref>[], now: Date = new Date(), limit = 3): Occurrence<Ref>[] {
  return upcomingSessions(rules, now, 28)
    .filter((session) => session.status === 'scheduled' && session.end > now)
    .slice(0, limit)
}

export type LiveState = 'now' | 'soon' | null

/** "Now on" while it runs, "Starting soon" in the hour before it starts. */
export function liveState(session: Pick<Occurrence, 'start' | 'end' | 'status'>, now: Date = new Date(), soonMinutes = 60): LiveState {
  if (session.status !== 'scheduled') return null
  if (session.start <= now && now < session.end) return 'now'
  if (now < session.start && session.start.getTime() - now.getTime() <= soonMinutes * 60_000) return 'soon'
  return null
}

/** Sessions by the date they happen on (the location's date), in order. */
export function groupByDate<Ref>(sessions: Occurrence<Ref>[]): { date: string; sessions: Occurrence<Ref>[] }[] {
  const groups = new Map<string, Occurrence<Ref>[]>()
  // Within a day by the studio's local time, as the page prints it (07:00 Santa Monica before 09:00 Brooklyn).
  for (const session of [...sessions].sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime) || a.start.getTime() - b.start.getTime())) {
    groups.set(session.date, [...(groups.get(session.date) ?? []), session])
  }
  return [...groups].map(([date, list]) => ({ date, sessions: list }))
}
