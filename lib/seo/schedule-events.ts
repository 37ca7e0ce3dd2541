import type { Event, WithContext } from 'schema-dts'

import type { TimetableSession } from '../content/schedule'
import { routes } from '../model/routes'
import { absoluteUrl } from '../server/site-url'
import { organizationId } from './structured-data'

/** The coming sessions as schema.org Events (one each), so search engines can list them. */
export function sessionEventsJsonLd(sessions: TimetableSession[], limit = 30): WithContext<Event>[] {
  return sessions.slice(0, limit).map((session) => ({
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: session.ref.class.name,
    startDate: session.start.toISOString(),
    endDate: session.end.toISOString(),
    url: absoluteUrl(routes.class(session.ref.class.slug)),
    eventStatus: session.status === 'scheduled' ? 'https://schema.org/EventScheduled' : 'https://schema.org/EventCancelled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: {
      '@type': 'Place',
      name: session.ref.location.name,
      url: absoluteUrl(routes.location(session.ref.location.slug)),
      ...(session.ref.location.street ? { address: { '@type': 'PostalAddress', streetAddress: session.ref.location.street, addressLocality: session.ref.location.city ?? undefined } } : {}),
    },
    ...(session.ref.instructor ? { performer: { '@type': 'Person', name: session.ref.instructor.name, url: absoluteUrl(routes.instructor(session.ref.instructor.slug)) } } : {}),
    organizer: { '@id': organizationId() },
    ...(session.ref.bookingUrl && session.status === 'scheduled' ? { offers: { '@type': 'Offer', url: session.ref.bookingUrl, availability: 'https://schema.org/InStock' } } : {}),
  }))
}
