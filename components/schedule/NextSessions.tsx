import Link from 'next/link'

import type { TimetableSession } from '@/lib/content/schedule'
import { routes } from '@/lib/model/routes'

import { SessionRow } from './SessionRow'

/** The next few sessions of a class, a location or an instructor, linking to the week's timetable. */
/** On pages cached for a while, "Now on" would go stale: `live` shows it only where the page is rendered per request. */
export function NextSessions({ sessions, title = 'Next classes', scheduleHref = routes.schedule(), live = false }: { sessions: TimetableSession[]; title?: string; scheduleHref?: string; live?: boolean }) {
  const now = new Date()
  return (
    <section aria-labelledby="next-sessions-heading" className="mt-12">
      <h2 id="next-sessions-heading" className="font-serif text-2xl text-ink">
        {title}
      </h2>
      {sessions.length ? (
        <ul className="mt-2 divide-y divide-sand-200 border-y border-sand-200">
          {sessions.map((session) => (
            <SessionRow key={`${session.ruleId}-${session.date}`} session={session} now={now} showDate showLive={live} />
          ))}
        </ul>
      ) : (
        <p className="mt-3 text-ink-muted">Nothing on the timetable in the coming weeks.</p>
      )}
      <p className="mt-4">
        <Link href={scheduleHref} className="text-sm font-semibold text-clay-dark underline underline-offset-4">
          See the whole week’s timetable
        </Link>
      </p>
    </section>
  )
}
