import { describe, expect, it } from '@jest/globals'
import autocannon from 'autocannon'

import { baseUrl, e2eSkipReason } from '../helpers/browser'

const describeOverHttp = e2eSkipReason() ? describe.skip : describe

/** What visitors open, cached and uncached alike: every public page type. */
const PUBLIC_PAGES = [
  '/',
  '/blog',
  '/blog/hip-mobility-and-lower-back-pain',
  '/blog/topic/breathwork',
  '/exercises',
  '/exercises?area=hips&level=beginner',
  '/exercises/ball-bridge',
  '/routines',
  '/routines/ten-minute-hip-release',
  '/studio',
  '/studio/locations/brooklyn',
  '/schedule',
  '/offerings',
  '/search?q=hip',
  '/blog/rss.xml',
  '/sitemap.xml',
]

describeOverHttp('the serving app under load', () => {
  it('answers 10,000 requests at 50 connections over every public page type without an error or a 5xx', async () => {
    const result = await autocannon({
      url: baseUrl(),
      connections: 50,
      amount: 10_000,
      timeout: 20,
      headers: { 'accept-encoding': 'gzip' },
      requests: PUBLIC_PAGES.map((path) => ({ method: 'GET' as const, path })),
    })
    expect({ requests: result.requests.total, errors: result.errors, timeouts: result.timeouts, '5xx': result['5xx'], '4xx': result['4xx'] }).toEqual({
      requests: 10_000,
      errors: 0,
      timeouts: 0,
      '5xx': 0,
      '4xx': 0,
    })
    console.log(`[load] 10,000 requests in ${result.duration} s: ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`)
  }, 180_000)
})
