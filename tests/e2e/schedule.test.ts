import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import ical from 'node-ical'
import type { Browser } from 'playwright-core'

import { baseUrl, e2eSkipReason, launchBrowser } from '../helpers/browser'

const describeInBrowser = e2eSkipReason() ? describe.skip : describe

describeInBrowser('the timetable', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('lists the coming week by day, with cancellations and closures shown, and filters without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    try {
      await page.goto(`${baseUrl()}/schedule`)
      const days = page.locator('main section h2')
      expect(await days.count()).toBeGreaterThanOrEqual(7)
      expect(await days.first().textContent()).toMatch(/^Today · /)
      const text = (await page.locator('main').textContent()) ?? ''
      expect(text).toContain('Cancelled: Maya is away at a teacher training')
      expect(text).toContain('Studio closed: Closed for our teacher-training weekend')
      const book = page.getByRole('link', { name: /^Book Hips and Spine Flow on .+ \(opens the booking site in a new tab\)/ }).first()
      expect(await book.getAttribute('target')).toBe('_blank')

      // The GET form: choose a location and a level, submit, and the URL says what was chosen.
      await page.getByLabel('Location').selectOption('brooklyn')
      await page.getByLabel('Level').selectOption('intermediate')
      await page.getByRole('button', { name: 'Show' }).click()
      await page.waitForURL(/\/schedule\?location=brooklyn&level=intermediate/)
      const filtered = (await page.locator('main ul').allTextContents()).join(' ')
      expect(filtered).toContain('Hips and Spine Flow')
      expect(filtered).not.toContain('Ball Foundations')
      expect(filtered).not.toContain('Santa Monica')

      await page.goto(`${baseUrl()}/schedule?instructor=nobody-here`)
      expect(await page.getByText('No classes match this week').count()).toBe(1)
    } finally {
      await context.close()
    }
  })

  it('offers calendar feeds that carry the same week, one recurring event per weekly slot', async () => {
    const response = await fetch(`${baseUrl()}/schedule.ics`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/)
    const body = await response.text()
    const events = Object.values(ical.sync.parseICS(body)).filter((entry) => (entry as { type: string }).type === 'VEVENT') as { summary: string; rrule?: unknown; exdate?: object }[]
    expect(events.filter((event) => event.rrule).length).toBe(13)
    expect(events.some((event) => event.exdate && Object.keys(event.exdate).length > 0)).toBe(true)
    expect(body).toMatch(/TZID:America\/New_York/)
    expect(body).toMatch(/TZID:America\/Los_Angeles/)

    const brooklyn = await (await fetch(`${baseUrl()}/schedule/brooklyn.ics`)).text()
    expect((brooklyn.match(/BEGIN:VEVENT/g) ?? []).length).toBe(8)
    expect(brooklyn).not.toContain('Santa Monica')
    expect((await fetch(`${baseUrl()}/schedule/nowhere.ics`)).status).toBe(404)

    // The page links both.
    const html = await (await fetch(`${baseUrl()}/schedule`)).text()
    expect(html).toContain('href="/schedule.ics"')
    expect(html).toContain('href="/schedule/brooklyn.ics"')
  })

  it('shows the next sessions on the class, location and instructor pages, and Event data on the timetable', async () => {
    for (const path of ['/classes/hips-and-spine-flow', '/studio/locations/brooklyn', '/studio/instructors/priya-anand']) {
      const html = await (await fetch(baseUrl() + path)).text()
      expect(html).toMatch(/Next (Hips and Spine Flow )?classes/)
      expect(html).toContain('See the whole week’s timetable')
    }
    const html = await (await fetch(`${baseUrl()}/schedule`)).text()
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((match) => JSON.parse(match[1]))
    const events = blocks.flat().filter((block) => block['@type'] === 'Event')
    expect(events.length).toBeGreaterThan(5)
    expect(events[0]).toMatchObject({ eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode', location: { '@type': 'Place' } })
    expect(Date.parse(events[0].startDate)).toBeGreaterThan(0)
  })
})
