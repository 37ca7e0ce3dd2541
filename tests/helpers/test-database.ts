import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import {
  dropDatabase,
  ensureDatabaseExists,
  startEmbeddedPostgres,
  withDatabase,
  type EmbeddedDatabase,
} from '../../lib/server/embedded-postgres'

export type TestDatabase = {
  url: string
  name: string
  /** Drops the database and stops the throwaway server, if one was started. */
  dispose: () => Promise<void>
}

/**
 * A fresh, uniquely named database: on DATABASE_URL's server when it is set,
 * otherwise on a throwaway embedded PostgreSQL in a temporary folder.
 */
export async function createTestDatabase(prefix: string): Promise<TestDatabase> {
  const name = `${prefix}_${Date.now()}_${randomBytes(3).toString('hex')}`
  let embedded: EmbeddedDatabase | null = null
  let tempDir: string | null = null
  let serverUrl: string

  if (process.env.DATABASE_URL) {
    serverUrl = withDatabase(process.env.DATABASE_URL, 'postgres')
    await ensureDatabaseExists(serverUrl, name)
  } else {
    tempDir = mkdtempSync(path.join(os.tmpdir(), 'bthemethod-pg-'))
    embedded = await startEmbeddedPostgres({ directory: path.join(tempDir, 'pg'), database: name })
    serverUrl = withDatabase(embedded.url, 'postgres')
  }

  return {
    name,
    url: withDatabase(serverUrl, name),
    dispose: async () => {
      try {
        await dropDatabase(serverUrl, name)
      } finally {
        await embedded?.stop()
        if (tempDir) rmSync(tempDir, { recursive: true, force: true })
      }
    },
  }
}
