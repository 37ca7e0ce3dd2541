import { describe, expect, it } from '@jest/globals'

import { groupByDate, liveState, nextSessions, upcomingSessions, zonedInstant, type SessionRule } from '@/lib/model/schedule'

const weekly = (overrides: Partial<SessionRule<string>>): SessionRule<string> => ({
  id: 1,
  kind: 'weekly',
  weekday: 'sun',
  startTime: '09:00',
  durationMinutes: 45,
  timeZone: 'America/New_York',
  ref: 'Ball Foundations',
  ...overrides,
})

describe('wall-clock times in a time zone', () => {
  it('keeps a 9:00 class at 9:00 local across the change to and from daylight saving in New York', () => {
    // Clocks go forward on 8 March 2026 and back on 1 November 2026.
    const rule = weekly({ weekday: 'sun' })
    const march = upcomingSessions([rule], new Date('2026-03-02T12:00:00Z'), 14)
    expect(march.map((s) => [s.date, s.startTime, s.start.toISOString()])).toEqual([
      ['2026-03-08', '09:00', '2026-03-08T13:00:00.000Z'], // EDT, UTC-4
      ['2026-03-15', '09:00', '2026-03-15T13:00:00.000Z'],
    ])
    const november = upcomingSessions([rule], new Date('2026-10-26T12:00:00Z'), 14)
    expect(november.map((s) => s.start.toISOString())).toEqual(['2026-11-01T14:00:00.000Z', '2026-11-08T14:00:00.000Z']) // EST, UTC-5
    const before = upcomingSessions([rule], new Date('2026-02-26T12:00:00Z'), 7)
    expect(before[0].start.toISOString()).toBe('2026-03-01T14:00:00.000Z')
  })

  it('keeps it at 9:00 in Auckland too, where the change runs the other way (April and September)', () => {
    const rule = weekly({ timeZone: 'Pacific/Auckland', weekday: 'sun' })
    // NZDT (UTC+13) ends on 5 April 2026: 9:00 on 29 March is 20:00 UTC the day before, on 5 April 21:00.
    const april = upcomingSessions([rule], new Date('2026-03-27T00:00:00Z'), 14)
    expect(april.map((s) => [s.date, s.start.toISOString()])).toEqual([
      ['2026-03-29', '2026-03-28T20:00:00.000Z'],
      ['2026-04-05', '2026-04-04T21:00:00.000Z'],
    ])
    // NZDT starts again on 27 September 2026.
    const september = upcomingSessions([rule], new Date('2026-09-22T00:00:00Z'), 14)
    expect(september.map((s) => s.start.toISOString())).toEqual(['2026-09-26T20:00:00.000Z', '2026-10-03T20:00:00.000Z'])
  })

  it('moves a time in the skipped hour forward and takes the first of a repeated hour', () => {
    expect(zonedInstant('2026-03-08', '02:30', 'America/New_York').toISOString()).toBe('2026-03-08T07:30:00.000Z') // 03:30 EDT
    expect(zonedInstant('2026-11-01', '01:30', 'America/New_York').toISOString()).toBe('2026-11-01T05:30:00.000Z') // 01:30 EDT
  })

  it('lists a class at 23:30 on its own date, ending after midnight', () => {
    const late = weekly({ weekday: 'fri', startTime: '23:30', durationMinutes: 60, timeZone: 'America/Los_Angeles' })
    const [session] = upcomingSessions([late], new Date('2026-12-02T18:00:00Z'), 7)
    expect(session.date).toBe('2026-12-04')
    expect(session.endTime).toBe('00:30')
    expect(session.start.toISOString()).toBe('2026-12-05T07:30:00.000Z')
    expect(session.end.toISOString()).toBe('2026-12-05T08:30:00.000Z')
  })
})

describe('the next seven days', () => {
  it('start at each location’s own today', () => {
    // 03:00 UTC on Thursday 3 December: already Thursday in Auckland, still Wednesday in Los Angeles.
    const now = new Date('2026-12-03T03:00:00Z')
    const auckland = weekly({ id: 'akl', weekday: 'wed', startTime: '18:00', timeZone: 'Pacific/Auckland' })
    const angeles = weekly({ id: 'la', weekday: 'wed', startTime: '18:00', timeZone: 'America/Los_Angeles' })
    const sessions = upcomingSessions([auckland, angeles], now, 7)
    // Auckland's Wednesday has passed its today (Thursday): next is 9 December; Los Angeles' today is Wednesday 2nd.
    expect(sessions.map((s) => `${s.ruleId} ${s.date}`)).toEqual(['la 2026-12-02', 'akl 2026-12-09'])
  })

  it('show cancellations and closures with their reason instead of dropping them', () => {
    const rule = weekly({
      weekday: 'mon',
      cancellations: [{ date: '2026-12-07', reason: 'Maya is teaching a workshop' }],
      closures: [{ date: '2026-12-14', note: 'Closed for floor repairs.' }],
    })
    const sessions = upcomingSessions([rule], new Date('2026-12-06T12:00:00Z'), 14)
    expect(sessions.map((s) => [s.date, s.status, s.reason])).toEqual([
      ['2026-12-07', 'cancelled', 'Maya is teaching a workshop'],
      ['2026-12-14', 'closed', 'Closed for floor repairs.'],
    ])
    // The next sessions to book skip both.
    expect(nextSessions([rule], new Date('2026-12-06T12:00:00Z'), 1)).toEqual([expect.objectContaining({ date: '2026-12-21', status: 'scheduled' })])
  })

  it('respect from / until dates and include one-off sessions', () => {
    const now = new Date('2026-12-01T12:00:00Z')
    const limited = weekly({ weekday: 'wed', validFrom: '2026-12-09', validUntil: '2026-12-16' })
    const once = { ...weekly({}), id: 2, kind: 'once' as const, weekday: null, date: '2026-12-05', startTime: '10:00' }
    const cancelledOnce = { ...once, id: 3, date: '2026-12-06', cancelled: true, cancelReason: 'Not enough sign-ups' }
    const sessions = upcomingSessions([limited, once, cancelledOnce], now, 21)
    expect(sessions.map((s) => `${s.ruleId} ${s.date} ${s.status}`)).toEqual([
      '2 2026-12-05 scheduled',
      '3 2026-12-06 cancelled',
      '1 2026-12-09 scheduled',
      '1 2026-12-16 scheduled',
    ])
  })

  it('group by date and mark what is on now or starting within the hour', () => {
    const rules = [weekly({ id: 'a', weekday: 'thu', startTime: '09:00' }), weekly({ id: 'b', weekday: 'thu', startTime: '10:30' }), weekly({ id: 'c', weekday: 'fri' })]
    const now = new Date('2026-12-03T14:20:00Z') // 09:20 in New York
    const sessions = upcomingSessions(rules, now, 2)
    expect(groupByDate(sessions).map((group) => [group.date, group.sessions.map((s) => s.ruleId)])).toEqual([
      ['2026-12-03', ['a', 'b']],
      ['2026-12-04', ['c']],
    ])
    expect(sessions.map((s) => liveState(s, now))).toEqual(['now', null, null])
    expect(liveState(sessions[1], new Date('2026-12-03T15:00:00Z'))).toBe('soon')
  })
})
