import { describe, expect, it } from '@jest/globals'

import { findOpeningHoursProblems, localTime, openStatus, weeklySchedule, type OpeningRange } from '@/lib/model/opening-hours'

/*
 * Calendar used below (late November 2026, after the US switch back to standard time on Nov 1):
 *   Tue Nov 24, Wed Nov 25, Thu Nov 26 (Thanksgiving), Fri Nov 27, Sat Nov 28, Sun Nov 29, Mon Nov 30.
 *   America/New_York = UTC-5 (EST), America/Los_Angeles = UTC-8 (PST), Asia/Tokyo = UTC+9.
 */
const NEW_YORK = 'America/New_York'
const LOS_ANGELES = 'America/Los_Angeles'

const week: OpeningRange[] = [
  { day: 'mon', opens: '07:00', closes: '12:00' },
  // Given out of order on purpose: the schedule and the status sort by opening time.
  { day: 'tue', opens: '16:00', closes: '20:00' },
  { day: 'tue', opens: '07:00', closes: '12:00' },
  { day: 'thu', opens: '07:00', closes: '12:00' },
  { day: 'fri', opens: '07:00', closes: '12:00' },
  { day: 'sat', opens: '08:00', closes: '11:00' },
]

describe('findOpeningHoursProblems', () => {
  it('accepts a valid week, including ranges that touch without overlapping', () => {
    expect(findOpeningHoursProblems(week)).toEqual([])
    expect(
      findOpeningHoursProblems([
        { day: 'mon', opens: '07:00', closes: '12:00' },
        { day: 'mon', opens: '12:00', closes: '14:00' },
      ]),
    ).toEqual([])
  })

  it('names each row whose times are not 24-hour HH:MM', () => {
    const problems = findOpeningHoursProblems([
      { day: 'mon', opens: '07:00', closes: '12:00' },
      { day: 'mon', opens: '7:30', closes: '12:00' },
      { day: 'tue', opens: '08:00', closes: '24:00' },
      { day: 'wed', opens: 'noon', closes: '13:00' },
      { day: 'thu', opens: '09:00', closes: '12:60' },
    ])
    expect(problems).toEqual([
      'Row 2: use 24-hour times like 07:30 and 19:00.',
      'Row 3: use 24-hour times like 07:30 and 19:00.',
      'Row 4: use 24-hour times like 07:30 and 19:00.',
      'Row 5: use 24-hour times like 07:30 and 19:00.',
    ])
  })

  it('treats a missing time as a format problem instead of throwing', () => {
    const rows = [{ day: 'mon', opens: '07:00' }] as unknown as OpeningRange[]
    expect(findOpeningHoursProblems(rows)).toEqual(['Row 1: use 24-hour times like 07:30 and 19:00.'])
  })

  it('names a row that closes before, or at the same time as, it opens', () => {
    expect(
      findOpeningHoursProblems([
        { day: 'mon', opens: '07:00', closes: '12:00' },
        { day: 'mon', opens: '18:00', closes: '06:00' },
        { day: 'tue', opens: '09:00', closes: '09:00' },
      ]),
    ).toEqual([
      'Row 2: closing time 06:00 must be after opening time 18:00.',
      'Row 3: closing time 09:00 must be after opening time 09:00.',
    ])
  })

  it('names both rows of every overlap on the same day, and only on the same day', () => {
    const problems = findOpeningHoursProblems([
      { day: 'mon', opens: '07:00', closes: '12:00' },
      { day: 'mon', opens: '12:00', closes: '14:00' },
      { day: 'tue', opens: '11:00', closes: '13:00' },
      { day: 'mon', opens: '11:30', closes: '13:00' },
    ])
    // Row 4 (mon 11:30-13:00) overlaps row 1 (07:00-12:00) and row 2 (12:00-14:00);
    // row 3 has the same kind of times but on Tuesday.
    expect(problems).toEqual([
      'Row 4 overlaps row 1 on the same day: merge them or fix the times.',
      'Row 4 overlaps row 2 on the same day: merge them or fix the times.',
    ])
  })

  it('does not compare against rows that were already rejected', () => {
    expect(
      findOpeningHoursProblems([
        { day: 'mon', opens: '07:00', closes: '25:00' },
        { day: 'mon', opens: '08:00', closes: '09:00' },
      ]),
    ).toEqual(['Row 1: use 24-hour times like 07:30 and 19:00.'])
  })
})

describe('weeklySchedule', () => {
  it('lists Monday to Sunday with each day’s ranges sorted by opening time', () => {
    const schedule = weeklySchedule(week)
    expect(schedule.map((day) => day.name)).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'])
    expect(schedule[1].ranges.map((range) => `${range.opens}-${range.closes}`)).toEqual(['07:00-12:00', '16:00-20:00'])
    expect(schedule[2].ranges).toEqual([])
    expect(schedule[6].ranges).toEqual([])
  })
})

describe('localTime', () => {
  it('reads weekday, minutes and date on the location’s clock, not UTC', () => {
    // 04:59Z on Fri Nov 27 is 23:59 on Thu Nov 26 in New York (UTC-5).
    expect(localTime(NEW_YORK, new Date('2026-11-27T04:59:00Z'))).toEqual({ day: 'thu', minutes: 23 * 60 + 59, date: '2026-11-26' })
    // One minute later it is midnight in New York: 0 minutes (not "24:00") on Friday.
    expect(localTime(NEW_YORK, new Date('2026-11-27T05:00:00Z'))).toEqual({ day: 'fri', minutes: 0, date: '2026-11-27' })
    // The same instant is still 21:00 on Thursday in Los Angeles (UTC-8).
    expect(localTime(LOS_ANGELES, new Date('2026-11-27T05:00:00Z'))).toEqual({ day: 'thu', minutes: 21 * 60, date: '2026-11-26' })
    // 16:30Z on Thursday is already 01:30 on Friday in Tokyo (UTC+9).
    expect(localTime('Asia/Tokyo', new Date('2026-11-26T16:30:00Z'))).toEqual({ day: 'fri', minutes: 90, date: '2026-11-27' })
  })
})

describe('openStatus', () => {
  it('is open in New York and closed in Los Angeles at the same instant', () => {
    const now = new Date('2026-11-24T13:30:00Z')
    // New York: Tue 08:30, inside 07:00-12:00.
    expect(openStatus(week, NEW_YORK, [], now)).toMatchObject({ open: true, today: 'tue', nextChange: 'Closes at 12:00' })
    // Los Angeles: Tue 05:30, before the first range.
    expect(openStatus(week, LOS_ANGELES, [], now)).toMatchObject({ open: false, today: 'tue', nextChange: 'Opens at 07:00' })
  })

  it('opens on the minute and closes on the minute', () => {
    // Tue 07:00 in New York (12:00Z): open.
    expect(openStatus(week, NEW_YORK, [], new Date('2026-11-24T12:00:00Z')).open).toBe(true)
    // Tue 11:59: still open; Tue 12:00: closed until the afternoon range.
    expect(openStatus(week, NEW_YORK, [], new Date('2026-11-24T16:59:00Z')).open).toBe(true)
    expect(openStatus(week, NEW_YORK, [], new Date('2026-11-24T17:00:00Z'))).toMatchObject({ open: false, nextChange: 'Opens at 16:00' })
  })

  it('gives today’s ranges in order', () => {
    const status = openStatus(week, NEW_YORK, [], new Date('2026-11-24T18:00:00Z'))
    expect(status.todayRanges.map((range) => range.opens)).toEqual(['07:00', '16:00'])
  })

  it('names the weekday of the next opening when it is more than a day away', () => {
    // Tue 20:00 in New York (Wed 01:00Z): closed; nothing on Wednesday, so Thursday.
    expect(openStatus(week, NEW_YORK, [], new Date('2026-11-25T01:00:00Z'))).toMatchObject({
      open: false,
      today: 'tue',
      nextChange: 'Opens Thursday at 07:00',
    })
  })

  it('wraps from Sunday night to "tomorrow" on Monday', () => {
    // 01:00Z on Mon Nov 30 is Sun Nov 29, 20:00 in New York: tomorrow is Monday.
    expect(openStatus(week, NEW_YORK, [], new Date('2026-11-30T01:00:00Z'))).toMatchObject({
      open: false,
      today: 'sun',
      nextChange: 'Opens tomorrow at 07:00',
    })
  })

  it('wraps past the end of the week to a later weekday', () => {
    // Sat 12:00 in New York (17:00Z): closed after 08:00-11:00, nothing on Sunday, so Monday.
    expect(openStatus(week, NEW_YORK, [], new Date('2026-11-28T17:00:00Z')).nextChange).toBe('Opens Monday at 07:00')
    const tuesdaysOnly: OpeningRange[] = [{ day: 'tue', opens: '07:00', closes: '12:00' }]
    // Sunday night (Sun 20:00 New York) -> two days ahead.
    expect(openStatus(tuesdaysOnly, NEW_YORK, [], new Date('2026-11-30T01:00:00Z')).nextChange).toBe('Opens Tuesday at 07:00')
    // Tuesday evening (Tue 18:00 New York = 23:00Z) -> the same weekday next week.
    expect(openStatus(tuesdaysOnly, NEW_YORK, [], new Date('2026-11-24T23:00:00Z'))).toMatchObject({
      open: false,
      today: 'tue',
      nextChange: 'Opens Tuesday at 07:00',
    })
  })

  it('handles a night split at midnight: 18:00-23:59 on Friday, then 00:00-02:00 on Saturday', () => {
    const late: OpeningRange[] = [
      { day: 'fri', opens: '18:00', closes: '23:59' },
      { day: 'sat', opens: '00:00', closes: '02:00' },
      { day: 'sat', opens: '10:00', closes: '12:00' },
    ]
    // Fri 23:30 in New York (Sat 04:30Z): the Friday range.
    expect(openStatus(late, NEW_YORK, [], new Date('2026-11-28T04:30:00Z'))).toMatchObject({ open: true, today: 'fri', nextChange: 'Closes at 23:59' })
    // Sat 00:30 in New York (05:30Z): the Saturday range that continues the night.
    expect(openStatus(late, NEW_YORK, [], new Date('2026-11-28T05:30:00Z'))).toMatchObject({ open: true, today: 'sat', nextChange: 'Closes at 02:00' })
    // Sat 02:00 in New York (07:00Z): closed until the next opening later that day.
    expect(openStatus(late, NEW_YORK, [], new Date('2026-11-28T07:00:00Z'))).toMatchObject({ open: false, today: 'sat', nextChange: 'Opens at 10:00' })
  })

  it('follows the local clock across a daylight-saving change', () => {
    const mondays: OpeningRange[] = [{ day: 'mon', opens: '07:00', closes: '08:00' }]
    // Mon Mar 2 2026, 07:30 EST = 12:30Z. Mon Mar 9 (after the Mar 8 switch), 07:30 EDT = 11:30Z.
    expect(openStatus(mondays, NEW_YORK, [], new Date('2026-03-02T12:30:00Z')).open).toBe(true)
    expect(openStatus(mondays, NEW_YORK, [], new Date('2026-03-09T11:30:00Z')).open).toBe(true)
    // 12:30Z on Mar 9 is 08:30 EDT: already closed, although it would be 07:30 in winter.
    expect(openStatus(mondays, NEW_YORK, [], new Date('2026-03-09T12:30:00Z')).open).toBe(false)
  })

  describe('special closures', () => {
    const evenings: OpeningRange[] = [
      { day: 'thu', opens: '17:00', closes: '21:00' },
      { day: 'fri', opens: '07:00', closes: '12:00' },
    ]
    // 03:30Z on Fri Nov 27 is still Thu Nov 26, 19:30 in Los Angeles.
    const now = new Date('2026-11-27T03:30:00Z')
    const thanksgiving = { date: '2026-11-26T12:00:00.000Z', note: 'Closed for Thanksgiving' }

    it('is open during the Thursday evening range when there is no closure', () => {
      expect(openStatus(evenings, LOS_ANGELES, [], now)).toMatchObject({ open: true, closure: null, nextChange: 'Closes at 21:00' })
    })

    it('is closed with the note on the location’s local date, even though UTC is already the next day', () => {
      expect(openStatus(evenings, LOS_ANGELES, [thanksgiving], now)).toEqual({
        open: false,
        today: 'thu',
        todayRanges: [evenings[0]],
        closure: thanksgiving,
        nextChange: 'Opens tomorrow at 07:00',
      })
    })

    it('ignores a closure dated on the UTC day when that is still tomorrow locally', () => {
      const friday = { date: '2026-11-27T12:00:00.000Z', note: 'Staff training' }
      expect(openStatus(evenings, LOS_ANGELES, [friday], now)).toMatchObject({ open: true, closure: null })
    })

    it('does not announce a later opening on the closed day', () => {
      // Thu 06:00 in New York (11:00Z), before the 07:00 range of the `week` fixture.
      const status = openStatus(week, NEW_YORK, [{ date: '2026-11-26', note: 'Closed for Thanksgiving' }], new Date('2026-11-26T11:00:00Z'))
      expect(status).toMatchObject({ open: false, nextChange: 'Opens tomorrow at 07:00' })
    })
    it('skips a special closure on the next opening day', () => {
      // Wed Nov 25, 20:00 in New York (Thu 01:00Z). Thursday is closed for Thanksgiving,
      // so the next opening is Friday 07:00, not "tomorrow".
      const status = openStatus(week, NEW_YORK, [thanksgiving], new Date('2026-11-26T01:00:00Z'))
      expect(status).toMatchObject({ open: false, today: 'wed', nextChange: 'Opens Friday at 07:00' })
    })
  })

  it('has no next change for a location without hours', () => {
    expect(openStatus([], NEW_YORK, [], new Date('2026-11-24T13:30:00Z'))).toEqual({
      open: false,
      today: 'tue',
      todayRanges: [],
      closure: null,
      nextChange: null,
    })
  })
})
