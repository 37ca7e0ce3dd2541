import { describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

import { billingSuffix, formatDate, formatMinutes, formatPrice } from '@/lib/model/format'

const run = promisify(execFile)
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

describe('formatPrice', () => {
  it('drops the cents of whole amounts and keeps them otherwise', () => {
    expect(formatPrice(2500, 'USD')).toBe('$25')
    expect(formatPrice(2550, 'USD')).toBe('$25.50')
    expect(formatPrice(1, 'USD')).toBe('$0.01')
    expect(formatPrice(123456, 'USD')).toBe('$1,234.56')
    expect(formatPrice(0, 'USD')).toBe('$0')
  })

  it('uses the currency’s symbol in the site’s en-US locale', () => {
    expect(formatPrice(1999, 'EUR')).toBe('€19.99')
    expect(formatPrice(2500, 'EUR')).toBe('€25')
  })

  it('follows the currency’s own minor units', () => {
    // JPY has no minor units: 500 is ¥500, not ¥5.
    expect(formatPrice(500, 'JPY')).toBe('¥500')
    // KWD has three: 1500 is 1.500 dinars (Intl puts a no-break space after the code).
    expect(formatPrice(1500, 'KWD')).toBe('KWD\u00a01.500')
  })
})

describe('billingSuffix', () => {
  it('says how often a recurring price is charged, and nothing for one-time or unknown periods', () => {
    expect(billingSuffix('week')).toBe('/ week')
    expect(billingSuffix('month')).toBe('/ month')
    expect(billingSuffix('year')).toBe('/ year')
    expect(billingSuffix('one-time')).toBe('')
    expect(billingSuffix(null)).toBe('')
    expect(billingSuffix(undefined)).toBe('')
  })
})

describe('formatMinutes', () => {
  it('reads "1 min" and "N min"', () => {
    expect(formatMinutes(1)).toBe('1 min')
    expect(formatMinutes(12)).toBe('12 min')
  })
})

describe('formatDate', () => {
  it('writes the calendar date in words and nothing for a missing date', () => {
    expect(formatDate('2026-03-01T09:00:00.000Z')).toBe('March 1, 2026')
    expect(formatDate(null)).toBe('')
    expect(formatDate(undefined)).toBe('')
  })

  it('gives the UTC date whatever the server’s time zone', async () => {
    // Jest's sandbox cannot change the process time zone, so ask a fresh Node process per zone.
    const inZone = async (timeZone: string, iso: string) => {
      const script = `import('./lib/model/format.ts').then((m) => console.log(JSON.stringify({ localDay: new Date('${iso}').getDate(), formatted: m.formatDate('${iso}') })))`
      const { stdout } = await run(process.execPath, ['--import', 'tsx', '-e', script], { cwd: repoRoot, env: { ...process.env, TZ: timeZone } })
      return JSON.parse(stdout) as { localDay: number; formatted: string }
    }
    const [honolulu, kiritimati] = await Promise.all([
      // 05:00Z on Mar 1 is still Feb 28 in Honolulu (UTC-10)...
      inZone('Pacific/Honolulu', '2026-03-01T05:00:00.000Z'),
      // ...and 12:00Z on Mar 1 is already Mar 2 on Kiritimati (UTC+14).
      inZone('Pacific/Kiritimati', '2026-03-01T12:00:00.000Z'),
    ])
    // The child processes really ran in those zones...
    expect(honolulu.localDay).toBe(28)
    expect(kiritimati.localDay).toBe(2)
    // ...and the site still shows the stored date.
    expect(honolulu.formatted).toBe('March 1, 2026')
    expect(kiritimati.formatted).toBe('March 1, 2026')
  }, 20_000)
})
