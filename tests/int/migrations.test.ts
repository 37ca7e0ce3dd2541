import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import { projectRoot } from '@/lib/server/paths'
import { committedMigrationNames, schemaIsCurrent } from '@/lib/server/schema-check'
import { migrations } from '@/migrations'

import { validData } from '../helpers/fixtures'
import { closePayload, startPayload } from '../helpers/payload'
import { createTestDatabase } from '../helpers/test-database'

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<{ version: string }>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
  upSnapshot?: (snapshot: unknown) => unknown
}

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await closePayload(payload)
})

describe('committed migrations', () => {
  it('match payload.config.ts exactly (what `payload migrate:create` would generate is empty)', async () => {
    const db = payload.db as unknown as { schema: unknown; requireDrizzleKit: () => DrizzleKit }
    const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
    const current = await generateDrizzleJson(db.schema)

    const migrationsDir = path.join(projectRoot, 'migrations')
    const latestSnapshot = readdirSync(migrationsDir).filter((file) => file.endsWith('.json')).sort().at(-1)
    expect(latestSnapshot).toBeDefined()
    const committed = JSON.parse(readFileSync(path.join(migrationsDir, latestSnapshot!), 'utf8'))

    const pending = await generateMigration(committed, current)
    // A non-empty list means: run `npm run migrate:create -- <name>` and commit the result.
    expect(pending).toEqual([])
  })

  it('have all been applied to the test database', async () => {
    const { docs } = await payload.find({ collection: 'payload-migrations', limit: 100, pagination: false })
    const applied = new Set(docs.map((doc) => doc.name))
    const committed = committedMigrationNames()
    expect(committed.length).toBeGreaterThan(0)
    for (const name of committed) expect(applied.has(name)).toBe(true)
  })
})

describe('the start-up schema check (npm start skips loading Payload when it passes)', () => {
  it('knows the committed migrations by the names payload.config registers', () => {
    expect(committedMigrationNames()).toEqual(migrations.map((migration) => migration.name))
  })

  it('passes only with every migration applied and the search index filled', async () => {
    const empty = await createTestDatabase('schema_check')
    try {
      expect(await schemaIsCurrent(empty.url)).toBe(false)
    } finally {
      await empty.dispose()
    }
    await payload.create({ collection: 'articles', data: { ...validData.articles(), _status: 'published' } as never })
    expect(await schemaIsCurrent(process.env.DATABASE_URL!)).toBe(true)
    expect(await schemaIsCurrent('postgres://postgres@127.0.0.1:1/nowhere')).toBe(false)
  })
})
