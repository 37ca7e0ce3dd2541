import { spawn, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'

import { isDatabaseUnreachable } from './db-errors'
import { InvalidEnvironmentError, readServerEnv } from './env'
import { withMigrationLock } from './migration-lock'
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres'
import { dataDir, projectRoot } from './paths'
import { probeDatabase, schemaIsCurrent } from './schema-check'
import { SHUTDOWN_DEADLINE_MS } from './shutdown'
import { START_GATE_ENV, START_GATE_OPEN, START_GATE_WAITING } from './start-gate'
import { resolvePayloadSecret } from './secret'

const require = createRequire(import.meta.url)

export type Runtime = {
  databaseUrl: string
  embedded: EmbeddedDatabase | null
  shutdown: () => Promise<void>
}

const log = (message: string) => console.log(`[bthemethod] ${message}`)

/** Migrating and seeding take seconds; past this something is stuck, and saying so beats hanging. */
const MIGRATION_DEADLINE_MS = Number(process.env.MIGRATION_DEADLINE_MS) || 180_000
let startupStage = 'starting'

/** Start-up passed its deadline, or could not reach the database; the message names the step. */
class StartupStalled extends Error {}

/** A database that refuses or never answers: one plain line, no stack trace (the pool's own timeout fires first). */
function unreachableDatabase(error: unknown): StartupStalled {
  const reason = (error instanceof Error ? error.message : String(error)).replace(/^(Error: )+/, '').replace(/^cannot connect to Postgres: /, '')
  return new StartupStalled(
    `Start-up could not reach the database (stuck while ${startupStage}, ${reason}): check that the database at DATABASE_URL answers, then start again.`,
  )
}

async function withDeadline<T>(work: Promise<T>, ms: number, message: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  try {
    return await Promise.race([
      work,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new StartupStalled(message())), ms)
      }),
    ])
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Everything the app needs before Next starts: a secret, a database (the one in
 * DATABASE_URL, or an embedded PostgreSQL under .data/), and the schema migrated.
 */
export type SeedMode = 'never' | 'when-empty' | 'always'

export type RuntimeOptions = {
  production: boolean
  seed?: SeedMode
  /**
   * Called once the database's address and the secret are known, before the database is
   * checked: work that may start meanwhile (npm start's app server). Returns how to call it
   * off when the check fails.
   */
  whileChecking?: () => { callOff: () => void }
}

export async function prepareRuntime(options: RuntimeOptions): Promise<Runtime> {
  // Every setting is checked before anything starts: one line per bad value (lib/server/env.ts).
  // Development generates its secret below, so only production must bring one.
  try {
    readServerEnv(options.production ? process.env : { ...process.env, NODE_ENV: 'development' })
  } catch (error) {
    if (!(error instanceof InvalidEnvironmentError)) throw error
    console.error(`[bthemethod] ${error.message}`)
    process.exit(1)
  }
  process.env.PAYLOAD_SECRET = resolvePayloadSecret({ production: options.production, dataDir })
  const givenDatabaseUrl = process.env.DATABASE_URL

  let embedded: EmbeddedDatabase | null = null
  if (!process.env.DATABASE_URL) {
    const started = performance.now()
    embedded = await startEmbeddedPostgres({
      directory: path.join(dataDir, 'postgres'),
      database: 'bthemethod',
    })
    process.env.DATABASE_URL = embedded.url
    log(`embedded PostgreSQL on 127.0.0.1:${embedded.port} (${Math.round(performance.now() - started)} ms), data in ${path.relative(projectRoot, dataDir)}/postgres`)
  }

  const shutdown = async () => {
    if (embedded) {
      await embedded.stop()
      embedded = null
    }
  }

  const started = options.whileChecking?.()
  try {
    await withDeadline(
      (async () => {
        startupStage = 'connecting to the database'
        await probeDatabase(process.env.DATABASE_URL!)
        // `npm start` on an up-to-date database needs no Payload here (lib/server/schema-check.ts).
        if ((options.seed ?? 'never') === 'never' && (await schemaIsCurrent(process.env.DATABASE_URL!))) log('migrations are up to date')
        else await applyMigrations({ seed: options.seed ?? 'never', production: options.production })
      })(),
      MIGRATION_DEADLINE_MS,
      () =>
        `Start-up did not finish within ${MIGRATION_DEADLINE_MS / 1000} s (stuck while ${startupStage}): check that the database at DATABASE_URL answers, then start again.`,
    )
  } catch (caught) {
    started?.callOff()
    await shutdown()
    const error = !(caught instanceof StartupStalled) && isDatabaseUnreachable(caught) ? unreachableDatabase(caught) : caught
    if (error instanceof StartupStalled) {
      // A database still starting (compose, a failover) often answers a moment later: once more, then the reason.
      if (process.env.BTHEMETHOD_STARTUP_RETRY !== '1') {
        log(`${error.message.split(': check')[0]}; starting once more.`)
        return rerunThisCommand(givenDatabaseUrl)
      }
      console.error(`[bthemethod] ${error.message}`)
      process.exit(1)
    }
    throw error
  }
  return { databaseUrl: process.env.DATABASE_URL, embedded, shutdown }
}

/**
 * Runs the same command again in a fresh process and ends with its exit code. A stall
 * at start-up (seen rarely, while Node was still loading modules) does not repeat in a
 * new process; a database that does not answer fails the second time with the reason.
 */
function rerunThisCommand(databaseUrl: string | undefined): Promise<never> {
  const env: NodeJS.ProcessEnv = { ...process.env, BTHEMETHOD_STARTUP_RETRY: '1' }
  // An embedded database was stopped above: the new process starts its own.
  if (databaseUrl === undefined) delete env.DATABASE_URL
  else env.DATABASE_URL = databaseUrl
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], { cwd: process.cwd(), env, stdio: 'inherit' })
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal))
  return new Promise<never>(() => {
    child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
  })
}

/**
 * Applies every committed migration that has not run yet, then loads the demo content
 * when asked: always (`npm run seed`) or into a database without users (first `npm run dev`).
 */
export async function applyMigrations(
  options: { seed: SeedMode; production: boolean } = { seed: 'never', production: false },
): Promise<void> {
  // Imported late: the config reads DATABASE_URL and PAYLOAD_SECRET when it loads.
  // One at a time, and each step named, so a rare start-up hang (seen a few times, before
  // Payload logged anything) says where it stopped.
  startupStage = 'loading the Payload config'
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const { closePayload } = await import('./payload-lifecycle')
  startupStage = 'connecting to the database'
  const payload = await getPayload({ config })
  try {
    startupStage = 'applying migrations'
    // The committed list (payload.config's prodMigrations), not the folder: Payload would
    // import each migration's .ts file on its own, which plain Node cannot.
    const { prodMigrations } = payload.db as unknown as { prodMigrations?: Parameters<typeof payload.db.migrate>[0] extends { migrations?: infer M } ? M : never }
    // Several instances starting together: one migrates, the others wait for it.
    await withMigrationLock(process.env.DATABASE_URL ?? '', () => payload.db.migrate({ migrations: prodMigrations }), () => {
      startupStage = 'waiting for another instance to finish migrating'
      log('another instance is migrating the database; waiting for it')
    })
    startupStage = 'filling the search index'
    const { fillEmptySearchIndex } = await import('../content/search-index')
    const indexed = await fillEmptySearchIndex(payload)
    if (indexed) log(`search: indexed ${indexed} published pages`)
    const empty = options.seed === 'when-empty' && (await payload.count({ collection: 'users' })).totalDocs === 0
    if (options.seed === 'always' || empty) {
      startupStage = 'loading the demo content'
      const { seedDemoContent } = await import('../seed/index')
      const report = await seedDemoContent(payload, {
        production: options.production,
        demoPassword: process.env.SEED_DEMO_PASSWORD,
        log: (line) => log(`seed: ${line}`),
      })
      log(`seed: created ${report.created.length}, already there ${report.skipped.length}`)
    }
  } finally {
    await closePayload(payload)
  }
}

/**
 * The production app server (scripts/serve.ts: Next behind the page cache), started like
 * the other entry points (scripts/run.mjs) in its own process group.
 */
// No --enable-source-maps here (unlike the npm scripts): Node then parses the source map of
// every module Next loads, which made the cold start 0.8 s slower (bench:start); Next maps
// the stack traces it logs by itself.
export const APP_SERVER_ARGS = ['--conditions=production', path.join(projectRoot, 'scripts', 'run.mjs'), 'serve']

/**
 * The app server, started before the database check has passed: it loads Node, Next and the
 * build meanwhile and serves once `open()` is called (lib/server/start-gate.ts). `callOff()`
 * stops it unopened: the check failed, or start-up runs again in a new process.
 */
export function spawnGatedAppServer(env: NodeJS.ProcessEnv = process.env): { child: ChildProcess; open: () => void; callOff: () => void } {
  const child = spawn(process.execPath, APP_SERVER_ARGS, {
    cwd: projectRoot,
    env: { NEXT_TELEMETRY_DISABLED: '1', ...env, [START_GATE_ENV]: 'ipc' },
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    detached: true,
  })
  // npm start ending for any reason before the gate opens must not leave it behind.
  const stopUnopened = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
  process.once('exit', stopUnopened)
  // Opened once both have happened: the check passed, and the app server listens for the word.
  let checkPassed = false
  let childWaiting = false
  const openWhenBoth = () => {
    if (!checkPassed || !childWaiting || !child.connected) return
    // The channel served its purpose: closing it lets both processes' event loops forget it.
    child.send(START_GATE_OPEN, () => child.connected && child.disconnect())
  }
  child.on('message', (message) => {
    if (message !== START_GATE_WAITING) return
    childWaiting = true
    openWhenBoth()
  })
  return {
    child,
    open: () => {
      process.off('exit', stopUnopened)
      checkPassed = true
      // (An app server that already died is reported by superviseNext.)
      openWhenBoth()
    },
    callOff: () => {
      process.off('exit', stopUnopened)
      stopUnopened()
    },
  }
}

/** Next's own binary, started directly (not through npx) in its own process group. */
export function spawnNext(args: string[], env: NodeJS.ProcessEnv = process.env): ChildProcess {
  const nextBin = require.resolve('next/dist/bin/next')
  return spawn(process.execPath, [nextBin, ...args], {
    cwd: projectRoot,
    env: { NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: 'inherit',
    detached: true,
  })
}

/**
 * Runs Next until it exits or we are asked to stop; then stops Next's whole
 * process group and the embedded database, so nothing is left running.
 */
export async function superviseNext(child: ChildProcess, runtime: Runtime): Promise<never> {
  let stopping = false
  const group = child.pid
  // Next's main process may exit before its workers: signal the whole group, whatever is left of it.
  const signalGroup = (signal: NodeJS.Signals) => {
    if (!group) return
    try {
      process.kill(-group, signal)
    } catch {
      // the group is already gone
    }
  }
  const groupAlive = () => {
    if (!group) return false
    try {
      process.kill(-group, 0)
      return true
    } catch {
      return false
    }
  }

  const exitCode = await new Promise<number>((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      if (stopping) return
      stopping = true
      log(`${signal}: stopping Next, then the database`)
      signalGroup('SIGTERM')
      // Next finishes the requests in flight (at most SHUTDOWN_DEADLINE_MS); never wait forever on a stuck worker.
      setTimeout(() => signalGroup('SIGKILL'), SHUTDOWN_DEADLINE_MS + 2000).unref()
    }
    process.on('SIGINT', onSignal)
    process.on('SIGTERM', onSignal)
    process.on('SIGHUP', onSignal)
    // `kill <npm pid>` ends npm and its shell without passing the signal on: notice
    // that we were orphaned and stop anyway, rather than leave Postgres running.
    const parent = process.ppid
    setInterval(() => {
      if (process.ppid !== parent) onSignal('SIGHUP')
    }, 1000).unref()
    const exited = (code: number | null, signal: NodeJS.Signals | null) => resolve(stopping ? 0 : (code ?? (signal ? 1 : 0)))
    // A gated app server may have ended while the database was checked, before we got here.
    if (child.exitCode !== null || child.signalCode !== null) exited(child.exitCode, child.signalCode)
    else child.on('exit', exited)
  })
  // In order: every Next process gone (their pools close with them), then the database.
  signalGroup('SIGTERM')
  const deadline = Date.now() + SHUTDOWN_DEADLINE_MS + 2000
  while (groupAlive() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
  signalGroup('SIGKILL')
  await runtime.shutdown()
  if (stopping) log('stopped')
  process.exit(exitCode)
}
