/** Checks on a timetable slot, as sentences an editor can act on. Pure. */
import { minutesOf, rangesOn, type OpeningRange, type Weekday } from './opening-hours'
import { addDays, weekdayOf, zonedInstant, type SessionRule } from './schedule'

const DAY_NAMES: Record<Weekday, string> = { mon: 'Mondays', tue: 'Tuesdays', wed: 'Wednesdays', thu: 'Thursdays', fri: 'Fridays', sat: 'Saturdays', sun: 'Sundays' }

const clock = (minutes: number) => `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

export function startTimeProblem(value: unknown): string | null {
  if (typeof value !== 'string' || !value.trim()) return 'A start time is required, e.g. 09:30.'
  return minutesOf(value.trim()) === null ? `"${value}" is not a time: use 24-hour HH:MM, e.g. 09:30 or 18:15.` : null
}

/** Why a session on `weekday` from `startTime` for `durationMinutes` is outside the location's hours; null when it fits. */
export function outsideOpeningHours(
  location: { name: string; openingHours?: OpeningRange[] | null },
  weekday: Weekday,
  startTime: string,
  durationMinutes: number,
): string | null {
  const start = minutesOf(startTime)
  if (start === null) return null
  const end = start + durationMinutes
  const ranges = rangesOn(location.openingHours ?? [], weekday)
  const fits = ranges.some((range) => (minutesOf(range.opens) ?? 0) <= start && end <= (minutesOf(range.closes) ?? 0))
  if (fits) return null
  const hours = ranges.length ? `open ${ranges.map((range) => `${range.opens}–${range.closes}`).join(' and ')}` : 'closed'
  return `${location.name} is ${hours} on ${DAY_NAMES[weekday]}; this session would run ${clock(start)}–${clock(end)}. Change the time or the opening hours.`
}

/** What the clash check needs of a slot: its days and times (the timetable's own rule type). */
export type SlotTimes = Pick<SessionRule, 'kind' | 'weekday' | 'date' | 'startTime' | 'durationMinutes' | 'validFrom' | 'validUntil' | 'timeZone'>

/** The dates (at most 8 weeks from `from`) a slot takes place on. */
function datesOf(slot: SlotTimes, from: string): string[] {
  if (slot.kind === 'once') return slot.date ? [slot.date.slice(0, 10)] : []
  const dates: string[] = []
  for (let offset = 0; offset < 56; offset++) {
    const date = addDays(from, offset)
    if (weekdayOf(date) !== slot.weekday) continue
    if (slot.validFrom && date < slot.validFrom.slice(0, 10)) continue
    if (slot.validUntil && date > slot.validUntil.slice(0, 10)) continue
    dates.push(date)
  }
  return dates
}

/**
 * Whether two slots are ever on at the same moment (compared as instants, so studios in
 * different time zones count right), over the coming eight weeks or the one-off dates.
 */
export function slotsOverlap(a: SlotTimes, b: SlotTimes, today: string): boolean {
  // Compare around a one-off's date, or from when both weekly slots run.
  const onceDate = [a, b].flatMap((slot) => (slot.kind === 'once' && slot.date ? [slot.date.slice(0, 10)] : [])).sort()[0]
  const start = onceDate ?? [today, a.validFrom?.slice(0, 10) ?? '', b.validFrom?.slice(0, 10) ?? ''].sort().at(-1)!
  const intervals = (slot: SlotTimes) =>
    datesOf(slot, addDays(start, -1)).map((date) => {
      const begins = zonedInstant(date, slot.startTime, slot.timeZone).getTime()
      return [begins, begins + slot.durationMinutes * 60_000] as const
    })
  const others = intervals(b)
  return intervals(a).some(([startA, endA]) => others.some(([startB, endB]) => startA < endB && startB < endA))
}
