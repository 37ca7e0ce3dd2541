import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, openSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { findFreePort } from '../../lib/server/embedded-postgres'
import { nextDataCacheDir, projectRoot } from '../../lib/server/paths'
import { APP_SERVER_ARGS } from '../../lib/server/runtime'
import { CHROMIUM_INSTALL_HINT, findChromium } from './chromium'
import { runSetupScript } from './run-script'
import { createTestDatabase, type TestDatabase } from './test-database'

declare global {
  var __e2eDatabase: TestDatabase | undefined
  var __e2eServer: ChildProcess | undefined
}

/** Password of the seeded demo accounts in the e2e database. */
export const E2E_PASSWORD = 'e2e-demo-password'

const nextBin = path.join(projectRoot, 'node_modules', 'next', 'dist', 'bin', 'next')

function run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: projectRoot, env, stdio: 'inherit' })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${code}`))))
  })
}

async function waitForHealthy(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}/api/health`)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`The app at ${url} did not become healthy within ${timeoutMs / 1000}s`)
}

/**
 * Builds the app once (into .next-e2e), on a fresh migrated and seeded database,
 * then serves it as `npm start` does (scripts/serve.ts) for the browser tests.
 */
export default async function setupEndToEnd() {
  const chromium = findChromium()
  if (!chromium) {
    if (process.env.CI === 'true') throw new Error(CHROMIUM_INSTALL_HINT)
    process.env.E2E_SKIP_REASON = CHROMIUM_INSTALL_HINT
    console.warn(`\n${CHROMIUM_INSTALL_HINT}\nThe e2e tests are skipped.\n`)
    return
  }
  process.env.CHROME_PATH = chromium

  const database = await createTestDatabase('bthemethod_e2e')
  globalThis.__e2eDatabase = database
  const port = await findFreePort()
  const env: NodeJS.ProcessEnv = {
    INTERNAL_URL: `http://127.0.0.1:${port}`,
    // Built and served as the README says to deploy: with the public origin set for the build
    // (it is inlined) and the server alike. Here the public origin is the server's own address.
    NEXT_PUBLIC_SERVER_URL: `http://127.0.0.1:${port}`,
    // Scheduled publishing is checked every second in the tests (every minute by default).
    JOBS_INTERVAL_SECONDS: '1',
    ...process.env,
    DATABASE_URL: database.url,
    PAYLOAD_SECRET: 'e2e-test-secret',
    MEDIA_DIR: mkdtempSync(path.join(os.tmpdir(), 'bthemethod-e2e-media-')),
    NEXT_DIST_DIR: '.next-e2e',
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
  }
  Object.assign(process.env, { DATABASE_URL: env.DATABASE_URL, PAYLOAD_SECRET: env.PAYLOAD_SECRET, NEXT_PUBLIC_SERVER_URL: env.NEXT_PUBLIC_SERVER_URL })

  // No server yet: the seed has no cached pages to refresh (INTERNAL_URL off).
  await runSetupScript('seed.ts', { ...env, NODE_ENV: 'development', SEED_DEMO_PASSWORD: E2E_PASSWORD, INTERNAL_URL: '' })

  const reuse = process.env.E2E_REUSE_BUILD === '1' && existsSync(path.join(projectRoot, '.next-e2e', 'BUILD_ID'))
  // Cached data from an earlier run's database must not stand in for this one's.
  rmSync(nextDataCacheDir('.next-e2e'), { recursive: true, force: true })
  if (!reuse) {
    const started = Date.now()
    await run([nextBin, 'build'], env)
    console.log(`[e2e] next build took ${Math.round((Date.now() - started) / 1000)} s`)
  }

  // The server's own log (Payload's logger writes to stdout) is kept for when a test fails.
  mkdirSync(path.join(projectRoot, 'test-results'), { recursive: true })
  const serverLog = openSync(path.join(projectRoot, 'test-results', 'e2e-server.log'), 'w')
  const server = spawn(process.execPath, APP_SERVER_ARGS, {
    cwd: projectRoot,
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', serverLog, 'inherit'],
    detached: true,
  })
  globalThis.__e2eServer = server
  const baseUrl = `http://127.0.0.1:${port}`
  await waitForHealthy(baseUrl, 60_000)
  process.env.E2E_BASE_URL = baseUrl
}
