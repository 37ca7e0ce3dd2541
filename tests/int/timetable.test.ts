import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { expectFieldError } from '../helpers/errors'
import { unique, validData } from '../helpers/fixtures'
import { closePayload, startPayload } from '../helpers/payload'

let payload: Payload
let locationId: number
let classId: number
let instructorId: number

beforeAll(async () => {
  payload = await startPayload()
  const location = await payload.create({
    collection: 'locations',
    data: {
      ...validData.locations(),
      timeZone: 'America/New_York',
      openingHours: [
        { day: 'mon', opens: '07:00', closes: '12:00' },
        { day: 'mon', opens: '16:00', closes: '20:00' },
      ],
    } as never,
  })
  locationId = location.id
  classId = (await payload.create({ collection: 'classes', data: { ...validData.classes(), durationMinutes: 45, _status: 'published' } as never })).id
  instructorId = (await payload.create({ collection: 'instructors', data: validData.instructors() as never })).id
})
afterAll(async () => {
  await closePayload(payload)
})

const slot = (overrides: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'sessions',
    data: { class: classId, location: locationId, instructor: instructorId, kind: 'weekly', weekday: 'mon', startTime: '08:00', ...overrides } as never,
  })

describe('timetable slots', () => {
  it('take the class’s length when none is given, and a readable name', async () => {
    const created = await slot({ startTime: '07:15', instructor: null })
    expect(created.durationMinutes).toBe(45)
    expect(created.label).toMatch(/^Class .+ · Mon 07:15 · Location /)
  })

  it('refuse a start time that is not a time, with the field and the reason', async () => {
    const before = (await payload.count({ collection: 'sessions' })).totalDocs
    await expectFieldError(slot({ startTime: '9.00' }), 'startTime', /"9\.00" is not a time: use 24-hour HH:MM/)
    await expectFieldError(slot({ startTime: '25:00' }), 'startTime', /is not a time/)
    expect((await payload.count({ collection: 'sessions' })).totalDocs).toBe(before)
  })

  it('refuse a slot outside the location’s opening hours, naming them', async () => {
    await expectFieldError(slot({ startTime: '11:30' }), 'startTime', /is open 07:00–12:00 and 16:00–20:00 on Mondays; this session would run 11:30–12:15/)
    await expectFieldError(slot({ weekday: 'sun', startTime: '10:00' }), 'startTime', /is closed on Sundays/)
  })

  it('refuse an instructor in two places at once, even at another studio in another time zone', async () => {
    await slot({ startTime: '16:30' })
    await expectFieldError(slot({ startTime: '17:00' }), 'instructor', /already teaches Class .+ · Mon 16:30 · .+ then: choose another instructor or time/)
    const west = await payload.create({
      collection: 'locations',
      data: { ...validData.locations(), timeZone: 'America/Los_Angeles', openingHours: [{ day: 'mon', opens: '06:00', closes: '20:00' }] } as never,
    })
    // 13:45 in Los Angeles is 16:45 in New York, inside the 16:30 class there.
    await expectFieldError(slot({ location: west.id, startTime: '13:45' }), 'instructor', /already teaches/)
    // 10:00 in Los Angeles is 13:00 in New York: free.
    expect((await slot({ location: west.id, startTime: '10:00' })).id).toBeDefined()
    // A one-off session on a Monday clashes with the weekly one too.
    await expectFieldError(slot({ kind: 'once', weekday: null, date: '2027-03-01T12:00:00.000Z', startTime: '16:45' }), 'instructor', /already teaches/)
  })

  it('need a day of the week, or a date for a one-off, and a reason when a one-off is cancelled', async () => {
    await expectFieldError(slot({ weekday: null }), 'weekday', /Choose the day of the week/)
    await expectFieldError(slot({ kind: 'once', weekday: null, date: null }), 'date', /Choose the date/)
    await expectFieldError(slot({ kind: 'once', weekday: null, date: '2027-03-01T12:00:00.000Z', startTime: '09:00', instructor: null, cancelled: true }), 'cancelReason', /Say why/)
  })

  it('are public to read and only staff can change them', async () => {
    const { docs } = await payload.find({ collection: 'sessions', overrideAccess: false, limit: 1 })
    expect(docs.length).toBe(1)
    await expect(
      payload.create({ collection: 'sessions', overrideAccess: false, data: { class: classId, location: locationId, kind: 'weekly', weekday: 'mon', startTime: `07:${unique().length % 10}0` } as never }),
    ).rejects.toThrow(/not allowed/i)
  })
})
