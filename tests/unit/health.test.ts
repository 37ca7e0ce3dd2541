import { describe, expect, it } from '@jest/globals'

import { checkReadiness, type ReadinessProbes } from '@/lib/server/health'

const committed = ['20261126_111928_initial', '20261203_114950_routines']
const healthy: ReadinessProbes = {
  appliedMigrations: async () => [...committed],
  committedMigrations: committed,
  pingRedis: async () => 'PONG',
  draining: false,
}

describe('readiness', () => {
  it('is ready when the database answers, the migrations are current and Redis answers', async () => {
    const { httpStatus, report } = await checkReadiness(healthy)
    expect(httpStatus).toBe(200)
    expect(report).toMatchObject({ status: 'ok', database: 'reachable', migrations: 'current', redis: 'reachable' })
  })

  it('does not need Redis when none is configured', async () => {
    const { httpStatus, report } = await checkReadiness({ ...healthy, pingRedis: null })
    expect(httpStatus).toBe(200)
    expect(report.redis).toBe('not configured')
  })

  it('is not ready while a migration is pending, and names it', async () => {
    const { httpStatus, report } = await checkReadiness({ ...healthy, appliedMigrations: async () => committed.slice(0, 1) })
    expect(httpStatus).toBe(503)
    expect(report).toMatchObject({ status: 'unavailable', migrations: 'pending', pendingMigrations: ['20261203_114950_routines'] })
  })

  it('is not ready when the database fails or hangs past the deadline', async () => {
    const failing = await checkReadiness({ ...healthy, appliedMigrations: async () => Promise.reject(new Error('ECONNREFUSED')) })
    expect(failing.httpStatus).toBe(503)
    expect(failing.report).toMatchObject({ database: 'unreachable', migrations: 'unknown' })
    const started = Date.now()
    const hanging = await checkReadiness({ ...healthy, appliedMigrations: () => new Promise(() => {}) }, 50)
    expect(hanging.httpStatus).toBe(503)
    expect(Date.now() - started).toBeLessThan(1000)
  })

  it('is not ready when a configured Redis does not answer', async () => {
    const { httpStatus, report } = await checkReadiness({ ...healthy, pingRedis: () => new Promise(() => {}) }, 50)
    expect(httpStatus).toBe(503)
    expect(report.redis).toBe('unreachable')
  })

  it('answers 503 "draining" while the instance shuts down, even when everything else is fine', async () => {
    const { httpStatus, report } = await checkReadiness({ ...healthy, draining: true })
    expect(httpStatus).toBe(503)
    expect(report.status).toBe('draining')
  })
})
