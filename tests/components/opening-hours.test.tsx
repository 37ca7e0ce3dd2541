import { describe, expect, it, jest } from '@jest/globals'
import { act, render, screen, within } from '@testing-library/react'

import type { Location } from '@/payload-types'

import { serveNextLinkAndImageAsEsm } from './next-esm'

serveNextLinkAndImageAsEsm()

const { OpeningHours } = await import('@/components/studio/OpeningHours')
const { formatAddress, LocationSummary, mapLink } = await import('@/components/studio/LocationSummary')

// Late November 2026: New York is UTC-5, Chicago UTC-6. Tue Nov 24 ... Thu Nov 26 (Thanksgiving).
const hours: NonNullable<Location['openingHours']> = [
  { day: 'mon', opens: '07:00', closes: '12:00' },
  { day: 'tue', opens: '16:00', closes: '20:00' },
  { day: 'tue', opens: '07:00', closes: '12:00' },
  { day: 'thu', opens: '07:00', closes: '12:00' },
  { day: 'fri', opens: '07:00', closes: '12:00' },
  { day: 'sat', opens: '08:00', closes: '11:00' },
]
const thanksgiving = { date: '2026-11-26T12:00:00.000Z', note: 'Closed for Thanksgiving' }
const christmas = { date: '2026-12-25T12:00:00.000Z', note: 'Closed for Christmas' }

describe('OpeningHours', () => {
  it('works "open now" out on the visitor’s clock when no time is given, and keeps it current', () => {
    jest.useFakeTimers({ now: new Date('2026-11-24T16:59:00Z') }) // Tue 11:59 in New York
    try {
      render(<OpeningHours hours={hours} timeZone="America/New_York" closures={[]} />)
      expect(screen.getByRole('status')).toHaveTextContent('Open now')
      act(() => jest.advanceTimersByTime(2 * 60_000)) // 12:01: the morning session is over
      expect(screen.getByRole('status')).toHaveTextContent('Closed now')
      expect(screen.getByRole('status')).toHaveTextContent('Opens at 16:00')
    } finally {
      jest.useRealTimers()
    }
  })

  it('says "Open now" in words, with when it closes', () => {
    // Tue 08:30 in New York.
    render(<OpeningHours hours={hours} timeZone="America/New_York" closures={[]} now={new Date('2026-11-24T13:30:00Z')} />)
    const status = screen.getByRole('status')
    expect(status).toHaveTextContent('Open now')
    expect(status).toHaveTextContent('Closes at 12:00')
    expect(status).not.toHaveTextContent('Closed now')
  })

  it('says "Closed now" in words, with when it opens', () => {
    // Tue 13:00 in New York, between the two ranges.
    render(<OpeningHours hours={hours} timeZone="America/New_York" closures={[]} now={new Date('2026-11-24T18:00:00Z')} />)
    const status = screen.getByRole('status')
    expect(status).toHaveTextContent('Closed now')
    expect(status).toHaveTextContent('Opens at 16:00')
    expect(status).not.toHaveTextContent('Open now')
  })

  it('lists the week from Monday with "Closed" on days without hours and today marked', () => {
    render(<OpeningHours hours={hours} timeZone="America/New_York" closures={[]} now={new Date('2026-11-24T13:30:00Z')} headingLevel="h3" />)
    expect(screen.getByRole('heading', { level: 3, name: 'Opening hours' })).toBeInTheDocument()
    const table = screen.getByRole('table', { name: 'Weekly opening hours, New York time' })
    const rows = within(table).getAllByRole('row')
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Monday',
      'Tuesday(today)',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ])
    expect(rows.map((row) => within(row).getByRole('cell').textContent)).toEqual([
      '07:00–12:00',
      '07:00–12:00, 16:00–20:00',
      'Closed',
      '07:00–12:00',
      '07:00–12:00',
      '08:00–11:00',
      'Closed',
    ])
    expect(rows[1]).toHaveAttribute('aria-current', 'date')
    expect(rows.filter((row) => row.hasAttribute('aria-current'))).toHaveLength(1)
  })

  it('marks today on the studio’s clock, not the server’s', () => {
    // 05:30Z on Wed Nov 25 is still Tuesday 21:30 in Los Angeles (and already Wednesday in UTC and New York).
    render(<OpeningHours hours={hours} timeZone="America/Los_Angeles" closures={[]} now={new Date('2026-11-25T05:30:00Z')} />)
    expect(screen.getByRole('row', { current: 'date' })).toHaveTextContent(/^Tuesday\(today\)/)
    expect(screen.getByRole('table', { name: 'Weekly opening hours, Los Angeles time' })).toBeInTheDocument()
    expect(screen.getByText('Times are local to the studio (Los Angeles).')).toBeInTheDocument()
  })

  it('lists special closures with their dates, and says why it is closed today', () => {
    // Thu Nov 26, 08:30 in New York: normally open, but it is Thanksgiving.
    render(<OpeningHours hours={hours} timeZone="America/New_York" closures={[thanksgiving, christmas]} now={new Date('2026-11-26T13:30:00Z')} />)
    const status = screen.getByRole('status')
    expect(status).toHaveTextContent('Closed now')
    expect(status).toHaveTextContent('Today: Closed for Thanksgiving')
    expect(status).toHaveTextContent('Opens tomorrow at 07:00')
    expect(screen.getByText('Special closures')).toBeInTheDocument()
    const items = screen.getAllByRole('listitem')
    expect(items.map((item) => item.textContent)).toEqual(['Thu, November 26: Closed for Thanksgiving', 'Fri, December 25: Closed for Christmas'])
    expect(within(items[0]).getByText('Thu, November 26')).toHaveAttribute('datetime', '2026-11-26')
  })

  it('has no closures section when there are none, and no "Today:" note', () => {
    render(<OpeningHours hours={hours} timeZone="America/New_York" closures={[]} now={new Date('2026-11-26T13:30:00Z')} />)
    expect(screen.queryByText('Special closures')).not.toBeInTheDocument()
    expect(screen.getByRole('status')).not.toHaveTextContent('Today:')
  })

  it('shows a location without hours as closed every day, with no next opening', () => {
    render(<OpeningHours hours={[]} timeZone="America/New_York" closures={[]} now={new Date('2026-11-24T13:30:00Z')} />)
    expect(screen.getByRole('status')).toHaveTextContent(/^○Closed now$/)
    expect(screen.getAllByRole('cell').map((cell) => cell.textContent)).toEqual(Array(7).fill('Closed'))
  })
})

describe('formatAddress and mapLink', () => {
  const address: Location['address'] = { street: '12 Main Street', city: 'Springfield', region: 'IL', postalCode: '62701', country: 'United States' }

  it('writes the address in lines, skipping empty parts', () => {
    expect(formatAddress(address)).toEqual(['12 Main Street', 'Springfield, IL, 62701', 'United States'])
    expect(formatAddress({ street: '3 Rue des Lilas', city: 'Lyon', region: null, postalCode: '', country: 'France' })).toEqual(['3 Rue des Lilas', 'Lyon', 'France'])
  })

  it('searches OpenStreetMap by coordinates when known (zero included), otherwise by address', () => {
    expect(mapLink({ address, geo: { latitude: 39.8, longitude: -89.65 } })).toBe('https://www.openstreetmap.org/search?query=39.8%2C-89.65')
    expect(mapLink({ address, geo: { latitude: 0, longitude: 0 } })).toBe('https://www.openstreetmap.org/search?query=0%2C0')
    expect(mapLink({ address, geo: { latitude: 39.8, longitude: null } })).toBe(
      `https://www.openstreetmap.org/search?query=${encodeURIComponent('12 Main Street, Springfield, IL, 62701, United States')}`,
    )
  })
})

describe('LocationSummary', () => {
  const location: Location = {
    id: 1,
    name: 'Downtown Studio',
    slug: 'downtown',
    address: { street: '12 Main Street', city: 'Springfield', region: 'IL', postalCode: '62701', country: 'United States' },
    geo: { latitude: 39.8, longitude: -89.65 },
    phone: '+1 (555) 010-0100',
    timeZone: 'America/Chicago',
    openingHours: hours,
    specialClosures: [thanksgiving],
    updatedAt: '2026-01-01T00:00:00.000Z',
    createdAt: '2026-01-01T00:00:00.000Z',
  }

  it('names the location with a link to its page', () => {
    render(<LocationSummary location={location} now={new Date('2026-11-24T14:30:00Z')} />)
    expect(screen.getByRole('heading', { level: 3, name: 'Downtown Studio' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Downtown Studio' })).toHaveAttribute('href', '/studio/locations/downtown')
  })

  it('shows the address lines, an "Open in map" link and a phone link', () => {
    render(<LocationSummary location={location} now={new Date('2026-11-24T14:30:00Z')} />)
    expect(screen.getByText('12 Main Street')).toBeInTheDocument()
    expect(screen.getByText('Springfield, IL, 62701')).toBeInTheDocument()
    expect(screen.getByText('United States')).toBeInTheDocument()
    const map = screen.getByRole('link', { name: 'Open in map (opens OpenStreetMap in a new tab)' })
    expect(map).toHaveAttribute('href', 'https://www.openstreetmap.org/search?query=39.8%2C-89.65')
    expect(map).toHaveAttribute('target', '_blank')
    expect(map).toHaveAttribute('rel', 'noopener noreferrer')
    expect(screen.getByRole('link', { name: '+1 (555) 010-0100' })).toHaveAttribute('href', 'tel:+15550100100')
  })

  it('shows the hours on the location’s own clock', () => {
    // 14:30Z on Tue Nov 24 is 08:30 in Chicago: open.
    render(<LocationSummary location={location} now={new Date('2026-11-24T14:30:00Z')} />)
    expect(screen.getByRole('status')).toHaveTextContent('Open now')
    expect(screen.getByText('Times are local to the studio (Chicago).')).toBeInTheDocument()
    expect(screen.getByText('Special closures')).toBeInTheDocument()
  })

  it('has no phone link without a phone, and treats missing hours as closed', () => {
    render(<LocationSummary location={{ ...location, phone: null, openingHours: null, specialClosures: null }} now={new Date('2026-11-24T14:30:00Z')} />)
    expect(screen.queryByRole('link', { name: /555/ })).not.toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('Closed now')
  })
})
