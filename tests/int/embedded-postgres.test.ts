import { describe, expect, it } from '@jest/globals'
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { startEmbeddedPostgres } from '@/lib/server/embedded-postgres'
import { projectRoot } from '@/lib/server/paths'

function postgresProcessesFor(directory: string): string[] {
  const out = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
  return out.split('\n').filter((line) => line.includes(directory))
}

function runMigrate(databaseUrl: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/migrate.ts'], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: databaseUrl, PAYLOAD_SECRET: 'embedded-test', MIGRATION_DEADLINE_MS: '40000' }, // a rare stall reruns in time
      stdio: 'ignore',
    })
    child.on('exit', (code) => resolve(code ?? 1))
  })
}

// Runs in every `npm test`, whatever DATABASE_URL says: this is the path a fresh laptop takes.
describe('embedded PostgreSQL', () => {
  it('starts, takes the migrations, answers queries, keeps data across restarts and stops cleanly', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'bthemethod-embedded-'))
    const directory = path.join(root, 'postgres')
    try {
      const started = performance.now()
      const first = await startEmbeddedPostgres({ directory, database: 'app' })
      const startMs = performance.now() - started
      try {
        expect(await runMigrate(first.url)).toBe(0)
        const client = new pg.Client({ connectionString: first.url })
        await client.connect()
        const { rows } = await client.query("SELECT to_regclass('public.users') AS users")
        expect(rows[0].users).toBe('users')
        await client.query("INSERT INTO users (name, email, role, updated_at, created_at) VALUES ('Kept', 'kept@example.test', 'admin', now(), now())")
        await client.end()
      } finally {
        await first.stop()
      }
      expect(postgresProcessesFor(directory)).toEqual([])

      const second = await startEmbeddedPostgres({ directory, database: 'app' })
      try {
        const client = new pg.Client({ connectionString: second.url })
        await client.connect()
        const { rows } = await client.query("SELECT name FROM users WHERE email = 'kept@example.test'")
        expect(rows).toEqual([{ name: 'Kept' }])
        await client.end()
      } finally {
        await second.stop()
      }
      expect(postgresProcessesFor(directory)).toEqual([])
      console.log(`embedded PostgreSQL first start (initdb + start): ${Math.round(startMs)} ms`)
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  }, 120_000)
})
