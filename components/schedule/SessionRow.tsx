import Link from 'next/link'

import { Badge } from '@/components/ui/Badge'
import type { TimetableSession } from '@/lib/content/schedule'
import { formatMinutes } from '@/lib/model/format'
import { dateTimeFormat } from '@/lib/model/intl'
import { routes } from '@/lib/model/routes'
import { liveState } from '@/lib/model/schedule'
import { safeHref } from '@/lib/model/safe-url'
import { labelOf, LEVELS } from '@/lib/model/taxonomy'

/** One session of the timetable: when, what, who, where, and a way to book it. */
export function SessionRow({ session, now, showDate = false, showLive = true }: { session: TimetableSession; now: Date; showDate?: boolean; showLive?: boolean }) {
  const { ref } = session
  const live = showLive ? liveState(session, now) : null
  const off = session.status !== 'scheduled'
  const booking = safeHref(ref.bookingUrl)
  return (
    <li className="grid gap-3 py-5 sm:grid-cols-[8rem_1fr_auto] sm:items-center">
      <p className="font-semibold tabular-nums text-ink">
        {showDate ? <span className="block text-sm font-normal text-ink-muted">{dayLabel(session.date)}</span> : null}
        <time dateTime={session.start.toISOString()} className={off ? 'line-through decoration-ink/40' : undefined}>
          {session.startTime}–{session.endTime}
        </time>
      </p>
      <div>
        <p className="flex flex-wrap items-center gap-2">
          <Link href={routes.class(ref.class.slug)} className="font-serif text-xl text-ink underline-offset-4 hover:text-clay-dark hover:underline">
            {ref.class.name}
          </Link>
          <Badge>{labelOf(LEVELS, ref.class.level)}</Badge>
          {live === 'now' ? <Badge tone="moss">Now on</Badge> : null}
          {live === 'soon' ? <Badge tone="clay">Starting soon</Badge> : null}
        </p>
        <p className="mt-1 text-sm text-ink-muted">
          {formatMinutes(session.durationMinutes)}
          {ref.instructor ? (
            <>
              {' · with '}
              <Link href={routes.instructor(ref.instructor.slug)} className="quiet-link">
                {ref.instructor.name}
              </Link>
            </>
          ) : null}
          {' · '}
          <Link href={routes.location(ref.location.slug)} className="quiet-link">
            {ref.location.name}
          </Link>
        </p>
        {off ? (
          <p className="mt-2 text-sm font-semibold text-clay-dark">
            {session.status === 'cancelled' ? 'Cancelled' : 'Studio closed'}: {session.reason}
          </p>
        ) : null}
      </div>
      {!off && booking ? (
        <a
          href={booking}
          target="_blank"
          rel="noopener noreferrer"
          className="button button-primary justify-self-start sm:justify-self-end"
        >
          Book<span className="sr-only"> {ref.class.name} on {dayLabel(session.date)} at {session.startTime} (opens the booking site in a new tab)</span>
          <span aria-hidden="true">↗</span>
        </a>
      ) : null}
    </li>
  )
}

/** "Thursday 3 December" for a location's calendar date. */
export function dayLabel(isoDate: string): string {
  return dateTimeFormat('en-US', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T12:00:00Z`))
}
