import { afterAll, describe, expect, it } from '@jest/globals'
import pg from 'pg'

import { findFreePort } from '@/lib/server/embedded-postgres'
import { checkDatabaseHealth } from '@/lib/server/health'
import { getPayloadClient } from '@/lib/server/payload'
import { closePayload } from '@/lib/server/payload-lifecycle'

describe('GET /api/health', () => {
  afterAll(async () => {
    await closePayload(await getPayloadClient())
  })

  it('answers 200 with the database reachable', async () => {
    const { GET } = await import('@/app/(payload)/api/health/route')
    const response = await GET()
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ status: 'ok', database: 'reachable' })
    expect(response.headers.get('cache-control')).toBe('no-store')
  })

  it('answers 503 when the database cannot be reached', async () => {
    const closedPort = await findFreePort()
    const pool = new pg.Pool({ connectionString: `postgres://postgres@127.0.0.1:${closedPort}/none`, connectionTimeoutMillis: 1000 })
    try {
      const { httpStatus, report } = await checkDatabaseHealth(() => pool.query('SELECT 1'))
      expect(httpStatus).toBe(503)
      expect(report.database).toBe('unreachable')
    } finally {
      await pool.end()
    }
  })
})
