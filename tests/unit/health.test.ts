import { describe, expect, it } from '@jest/globals'

import { checkDatabaseHealth } from '@/lib/server/health'

describe('checkDatabaseHealth', () => {
  it('reports 200 when the ping answers', async () => {
    const { httpStatus, report } = await checkDatabaseHealth(async () => 1)
    expect(httpStatus).toBe(200)
    expect(report).toMatchObject({ status: 'ok', database: 'reachable' })
  })

  it('reports 503 when the ping fails', async () => {
    const { httpStatus, report } = await checkDatabaseHealth(async () => {
      throw new Error('connection refused')
    })
    expect(httpStatus).toBe(503)
    expect(report.database).toBe('unreachable')
  })

  it('reports 503 when the database hangs past the deadline', async () => {
    const { httpStatus } = await checkDatabaseHealth(() => new Promise(() => {}), 50)
    expect(httpStatus).toBe(503)
  })
})
