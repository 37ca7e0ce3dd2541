'use client'

import { useSyncExternalStore } from 'react'

import { openStatus, weeklySchedule, type Closure, type OpeningRange } from '@/lib/model/opening-hours'
import { dateTimeFormat } from '@/lib/model/intl'

type Props = {
  hours: OpeningRange[]
  timeZone: string
  closures: Closure[]
  /** The moment to show; by default the visitor's clock once the page has loaded. */
  now?: Date
  headingLevel?: 'h3' | 'h4'
}

const MINUTE = 60_000

/** The visitor's clock to the minute, as an external store: null while prerendering and hydrating. */
const subscribeToMinutes = (onChange: () => void) => {
  const timer = window.setInterval(onChange, MINUTE / 4)
  return () => window.clearInterval(timer)
}
const currentMinute = () => Math.floor(Date.now() / MINUTE)
const noMinuteOnServer = () => null

/**
 * Weekly hours on the location's own clock, with today marked and an open/closed state in
 * words. A client leaf so the page around it can be prerendered: "open now" is worked out
 * in the browser (and kept current each minute), never frozen into cached HTML.
 */
export function OpeningHours({ hours, timeZone, closures, now: fixedNow, headingLevel = 'h3' }: Props) {
  const minute = useSyncExternalStore(subscribeToMinutes, currentMinute, noMinuteOnServer)
  const now = fixedNow ?? (minute === null ? null : new Date(minute * MINUTE))
  const status = now ? openStatus(hours, timeZone, closures, now) : null
  const Heading = headingLevel
  const city = timeZone.split('/').pop()?.replace(/_/g, ' ')
  return (
    <div>
      <Heading className="font-serif text-xl text-ink">Opening hours</Heading>
      {/* Same height before and after the clock is known: no layout shift when it fills in. */}
      <p className="mt-2 flex min-h-7 flex-wrap items-center gap-2 text-sm" role="status">
        {status ? (
          <>
            <span
              className={`inline-flex items-center gap-1.5 rounded-full px-3 py-1 font-semibold ${status.open ? 'bg-moss-light text-moss' : 'bg-sand-200 text-ink'}`}
            >
              <span aria-hidden="true">{status.open ? '●' : '○'}</span>
              {status.open ? 'Open now' : 'Closed now'}
            </span>
            {status.closure ? <span className="text-ink">Today: {status.closure.note}</span> : null}
            {status.nextChange ? <span className="text-ink-muted">{status.nextChange}</span> : null}
          </>
        ) : null}
      </p>
      <table className="mt-4 w-full max-w-sm text-sm">
        <caption className="sr-only">Weekly opening hours, {city} time</caption>
        <tbody>
          {weeklySchedule(hours).map((day) => {
            const isToday = day.day === status?.today
            return (
              <tr key={day.day} className={isToday ? 'font-semibold' : ''} aria-current={isToday ? 'date' : undefined}>
                <th scope="row" className="py-1 pr-4 text-left font-normal">
                  {day.name}
                  {isToday ? <span className="ml-1 text-xs font-semibold text-moss">(today)</span> : null}
                </th>
                <td className="py-1 text-right tabular-nums">
                  {day.ranges.length ? day.ranges.map((range) => `${range.opens}–${range.closes}`).join(', ') : 'Closed'}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <p className="mt-2 text-xs text-ink-muted">Times are local to the studio ({city}).</p>
      {closures.length ? (
        <div className="mt-4">
          <p className="text-sm font-semibold text-ink">Special closures</p>
          <ul className="mt-1 space-y-1 text-sm text-ink-muted">
            {closures.map((closure) => (
              <li key={closure.date}>
                <time dateTime={closure.date.slice(0, 10)}>
                  {dateTimeFormat('en-US', { weekday: 'short', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
                    new Date(`${closure.date.slice(0, 10)}T12:00:00Z`),
                  )}
                </time>
                : {closure.note}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  )
}
