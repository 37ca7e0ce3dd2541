import Link from 'next/link'

import type { Location } from '@/payload-types'

import { routes } from '@/lib/model/routes'

import { OpeningHours } from './OpeningHours'

export function formatAddress(address: Location['address']): string[] {
  return [address.street, [address.city, address.region, address.postalCode].filter(Boolean).join(', '), address.country].filter(Boolean)
}

export function mapLink(location: Pick<Location, 'address' | 'geo'>): string {
  const query = location.geo?.latitude != null && location.geo?.longitude != null
    ? `${location.geo.latitude},${location.geo.longitude}`
    : formatAddress(location.address).join(', ')
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}`
}

/** A location on the studio page: address, map link, phone, hours and open-now state. */
export function LocationSummary({ location, now, headingLevel = 'h3' }: { location: Location; now?: Date; headingLevel?: 'h2' | 'h3' }) {
  const Heading = headingLevel
  return (
    <article className="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-sand-200 sm:p-8">
      <Heading className="font-serif text-2xl text-ink">
        <Link href={routes.location(location.slug)} className="quiet-link">
          {location.name}
        </Link>
      </Heading>
      <div className="mt-4 grid gap-8 md:grid-cols-2">
        <div className="space-y-3 text-sm">
          <address className="not-italic leading-relaxed">
            {formatAddress(location.address).map((line) => (
              <span key={line} className="block">
                {line}
              </span>
            ))}
          </address>
          <p>
            <a href={mapLink(location)} target="_blank" rel="noopener noreferrer" className="inline-flex min-h-6 items-center font-semibold text-clay-dark underline underline-offset-4">
              Open in map<span aria-hidden="true">&nbsp;↗</span>
              <span className="sr-only"> (opens OpenStreetMap in a new tab)</span>
            </a>
          </p>
          {location.phone ? (
            <p>
              <a href={`tel:${location.phone.replace(/[^+\d]/g, '')}`} className="inline-flex min-h-6 items-center underline underline-offset-4">
                {location.phone}
              </a>
            </p>
          ) : null}
        </div>
        <OpeningHours
          hours={location.openingHours ?? []}
          timeZone={location.timeZone}
          closures={location.specialClosures ?? []}
          now={now}
          headingLevel={headingLevel === 'h2' ? 'h3' : 'h4'}
        />
      </div>
    </article>
  )
}
