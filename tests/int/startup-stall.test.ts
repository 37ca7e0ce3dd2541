import { describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'

import { projectRoot } from '@/lib/server/paths'

import { scriptCommand } from '../helpers/run-script'
import { silentServer } from '../helpers/silent-server'

/** `npm run migrate` against the given database; its exit code and everything it printed. */
function migrateAgainst(port: number, deadlineMs: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, scriptCommand('migrate'), {
      cwd: projectRoot,
      env: {
        ...process.env,
        DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/nothing`,
        PAYLOAD_SECRET: 'stall-test',
        MIGRATION_DEADLINE_MS: String(deadlineMs),
        BTHEMETHOD_STARTUP_RETRY: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('close', (exitCode) => resolve({ code: exitCode, output }))
  })
}

describe('start-up that cannot finish', () => {
  it('a database that never answers: names the step and the reason, starts once more, then fails in one line instead of hanging', async () => {
    const database = await silentServer()
    try {
      const started = Date.now()
      const { code, output } = await migrateAgainst(database.port, 60_000)
      expect(code).toBe(1)
      expect(output).toMatch(/Start-up could not reach the database \(stuck while connecting to the database, no answer within 3 s\); starting once more\./)
      expect(output).toMatch(/Start-up could not reach the database \(stuck while connecting to the database, [^)]+\): check that the database at DATABASE_URL answers, then start again\./)
      // The pool's own connect timeout answers long before the start-up deadline, and with no stack trace.
      expect(output).not.toMatch(/^\s+at /m)
      expect(database.connections()).toBeGreaterThanOrEqual(2)
      expect(Date.now() - started).toBeLessThan(40_000)
    } finally {
      await database.close()
    }
  }, 120_000)

  it('a step that outlives the deadline: names the step, starts once more, then fails with the reason', async () => {
    const database = await silentServer()
    try {
      const started = Date.now()
      const { code, output } = await migrateAgainst(database.port, 1000)
      expect(code).toBe(1)
      expect(output).toMatch(/Start-up did not finish within 1 s \(stuck while [a-z ]+\); starting once more\./)
      expect(output).toMatch(/Start-up did not finish within 1 s \(stuck while [a-z ]+\): check that the database at DATABASE_URL answers/)
      expect(output).not.toMatch(/^\s+at /m)
      expect(Date.now() - started).toBeLessThan(40_000)
    } finally {
      await database.close()
    }
  }, 120_000)
})
