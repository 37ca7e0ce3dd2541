import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { runSetupScript } from './run-script'
import { createTestDatabase, type TestDatabase } from './test-database'

declare global {
  var __intDatabase: TestDatabase | undefined
  var __intMediaDir: string | undefined
}

/** One fresh, migrated database for the integration run; workers inherit the env. */
export default async function setupIntegrationDatabase() {
  const database = await createTestDatabase('bthemethod_int')
  globalThis.__intDatabase = database
  process.env.DATABASE_URL = database.url
  process.env.PAYLOAD_SECRET = 'integration-test-secret'
  globalThis.__intMediaDir = mkdtempSync(path.join(os.tmpdir(), 'bthemethod-media-'))
  process.env.MEDIA_DIR = globalThis.__intMediaDir

  await runSetupScript('migrate.ts', process.env)
}
