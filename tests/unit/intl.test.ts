import { describe, expect, it } from '@jest/globals'

import { dateTimeFormat, numberFormat } from '@/lib/model/intl'

describe('memoized Intl formatters', () => {
  it('hands out one formatter per locale and options, and formats as Intl does', () => {
    const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
    const first = dateTimeFormat('en-US', options)
    expect(dateTimeFormat('en-US', { ...options })).toBe(first)
    expect(first.format(new Date('2026-12-06T12:00:00Z'))).toBe('December 6, 2026')
  })

  it('keeps formatters with different options or locales apart', () => {
    const newYork = dateTimeFormat('en-US', { hour: '2-digit', hourCycle: 'h23', timeZone: 'America/New_York' })
    const losAngeles = dateTimeFormat('en-US', { hour: '2-digit', hourCycle: 'h23', timeZone: 'America/Los_Angeles' })
    expect(losAngeles).not.toBe(newYork)
    const noon = new Date('2026-12-06T17:00:00Z')
    expect(newYork.format(noon)).toBe('12')
    expect(losAngeles.format(noon)).toBe('09')
    expect(numberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(25)).toMatch(/^25,00\s€$/)
    expect(numberFormat('en-US', { style: 'currency', currency: 'EUR' }).format(25)).toBe('€25.00')
    expect(numberFormat('de-DE', { style: 'currency', currency: 'EUR' })).not.toBe(numberFormat('en-US', { style: 'currency', currency: 'EUR' }))
  })
})
