import { afterAll, describe, expect, it } from '@jest/globals'
import pg from 'pg'

import { getPayloadClient } from '@/lib/server/payload'
import { closePayload } from '@/lib/server/payload-lifecycle'

describe('health checks', () => {
  afterAll(async () => {
    await closePayload(await getPayloadClient())
  })

  it('/api/health/live answers without touching the database', async () => {
    const { GET } = await import('@/app/(payload)/api/health/live/route')
    const response = GET()
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
  })

  it('/api/health/ready (and the older /api/health) is 200 on a migrated database', async () => {
    for (const route of [await import('@/app/(payload)/api/health/ready/route'), await import('@/app/(payload)/api/health/route')]) {
      const response = await route.GET()
      expect(response.status).toBe(200)
      expect(await response.json()).toMatchObject({ status: 'ok', database: 'reachable', migrations: 'current', redis: 'not configured' })
      expect(response.headers.get('cache-control')).toBe('private, no-store')
    }
  })

  it('/api/health/ready is 503 and names the migration while one is not applied', async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await client.connect()
    const { rows } = await client.query<{ id: number; name: string }>("SELECT id, name FROM payload_migrations WHERE name LIKE '%routines' LIMIT 1")
    const [latest] = rows
    try {
      await client.query('UPDATE payload_migrations SET name = $1 WHERE id = $2', [`${latest.name}-renamed`, latest.id])
      const { GET } = await import('@/app/(payload)/api/health/ready/route')
      const response = await GET()
      expect(response.status).toBe(503)
      expect(await response.json()).toMatchObject({ status: 'unavailable', migrations: 'pending', pendingMigrations: [latest.name] })
    } finally {
      await client.query('UPDATE payload_migrations SET name = $1 WHERE id = $2', [latest.name, latest.id])
      await client.end()
    }
  })
})
