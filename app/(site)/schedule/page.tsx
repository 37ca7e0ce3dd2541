import type { Metadata } from 'next'
import Link from 'next/link'
import { connection } from 'next/server'

import { ScheduleFilters } from '@/components/schedule/ScheduleFilters'
import { dayLabel, SessionRow } from '@/components/schedule/SessionRow'
import { JsonLd } from '@/components/seo/JsonLd'
import { Container } from '@/components/ui/Container'
import { getWeekTimetable, parseTimetableFilters } from '@/lib/content/schedule'
import { localTime } from '@/lib/model/opening-hours'
import { routes } from '@/lib/model/routes'
import { pageMetadata } from '@/lib/seo/metadata'
import { sessionEventsJsonLd } from '@/lib/seo/schedule-events'

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    title: 'Timetable',
    description: 'Every class at our studios in the coming seven days, with teachers, levels and a link to book.',
    path: routes.schedule(),
  })
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function SchedulePage({ searchParams }: Props) {
  // Today is each studio's own today, worked out for every request.
  await connection()
  const now = new Date()
  const filters = parseTimetableFilters(await searchParams)
  const { days, options } = await getWeekTimetable(filters, now)
  const sessions = days.flatMap((day) => day.sessions)
  // "Today" on each studio's clock (New York may be a day ahead of a studio further west).
  const todays = new Set(sessions.map((session) => localTime(session.timeZone, now).date))

  return (
    <Container className="py-14">
      {sessions.length ? <JsonLd data={sessionEventsJsonLd(sessions.filter((session) => session.status === 'scheduled'))} /> : null}
      <header className="max-w-2xl">
        <p className="eyebrow">Timetable</p>
        <h1 className="mt-2 page-title">This week at the studio</h1>
        <p className="mt-4 lede">
          The next seven days of classes, in each studio’s local time. Choose a class and book your place with the studio.
        </p>
      </header>

      <div className="mt-10 rounded-2xl bg-sand-100 p-5">
        <ScheduleFilters filters={filters} options={options} />
      </div>

      <p className="mt-6 text-sm text-ink-muted">
        Add the timetable to your calendar:{' '}
        <a href={routes.calendar()} className="font-semibold text-clay-dark underline underline-offset-4">
          all studios (.ics)
        </a>
        {options.locations.map((location) => (
          <span key={location.slug}>
            {' · '}
            <a href={routes.calendar(location.slug)} className="font-semibold text-clay-dark underline underline-offset-4">
              {location.name}
            </a>
          </span>
        ))}
      </p>

      {days.length ? (
        days.map((day) => {
          const isToday = todays.has(day.date)
          const headingId = `day-${day.date}`
          return (
            <section key={day.date} aria-labelledby={headingId} className="mt-10">
              <h2 id={headingId} className="font-serif text-2xl text-ink">
                {isToday ? `Today · ${dayLabel(day.date)}` : dayLabel(day.date)}
              </h2>
              <ul className="mt-2 divide-y divide-sand-200 border-y border-sand-200">
                {day.sessions.map((session) => (
                  <SessionRow key={`${session.ruleId}-${session.date}`} session={session} now={now} />
                ))}
              </ul>
            </section>
          )
        })
      ) : (
        <div className="mt-10 rounded-2xl bg-sand-100 p-10 text-center">
          <p className="font-serif text-2xl">No classes match this week</p>
          <p className="mt-2 text-ink-muted">
            {filters.location || filters.level || filters.instructor ? (
              <>
                Try another choice, or{' '}
                <Link href={routes.schedule()} className="text-clay-dark underline">
                  see every class
                </Link>
                .
              </>
            ) : (
              'The timetable for the coming days is not published yet. Please check back soon.'
            )}
          </p>
        </div>
      )}
    </Container>
  )
}
