import { execFile, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'

import { dropDatabase, ensureDatabaseExists, withDatabase } from './embedded-postgres'

/** Row count and checksum of every table of the public schema. */
export type TableFingerprints = Record<string, { rows: number; checksum: string }>

/** Written next to each dump: what the database held at the dump's snapshot, for the drill to check against. */
export type BackupManifest = {
  database: string
  takenAt: string
  serverVersion: string
  pgDump: string
  lastMigration: string | null
  bytes: number
  sha256: string
  tables: TableFingerprints
}

export type Backup = { file: string; manifest: BackupManifest }

export type DrillReport = {
  dump: string
  restoredInto: string
  restoreMs: number
  tables: number
  rows: number
  problems: string[]
}

const run = promisify(execFile)

// The same text for every row in both databases, whatever the server's or the role's defaults.
const STABLE_OUTPUT = `SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET IntervalStyle = 'postgres'; SET extra_float_digits = 1; SET bytea_output = 'hex'`

async function fingerprint(client: pg.Client): Promise<TableFingerprints> {
  await client.query(STABLE_OUTPUT)
  const { rows: tables } = await client.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)
  if (tables.length === 0) return {}
  const union = tables
    .map(({ tablename }) => {
      const table = client.escapeIdentifier(tablename)
      return `SELECT ${client.escapeLiteral(tablename)} AS name, count(*)::int AS rows, coalesce(sum(hashtextextended(t::text, 0)), 0)::text AS checksum FROM public.${table} t`
    })
    .join(' UNION ALL ')
  const { rows } = await client.query<{ name: string; rows: number; checksum: string }>(union)
  return Object.fromEntries(rows.map((row) => [row.name, { rows: row.rows, checksum: row.checksum }]))
}

async function lastMigration(client: pg.Client): Promise<string | null> {
  const { rows } = await client.query<{ exists: boolean }>(`SELECT to_regclass('public.payload_migrations') IS NOT NULL AS exists`)
  if (!rows[0]?.exists) return null
  const latest = await client.query<{ name: string }>(`SELECT name FROM payload_migrations WHERE batch > 0 ORDER BY name DESC LIMIT 1`)
  return latest.rows[0]?.name ?? null
}

/**
 * pg_dump and pg_restore: from PG_BIN_DIR when set, else from PATH. pg_dump refuses a server
 * newer than itself, so say which version is needed instead of letting it fail half-way.
 */
async function pgTool(name: 'pg_dump' | 'pg_restore', serverMajor: number): Promise<string> {
  const binary = process.env.PG_BIN_DIR ? path.join(process.env.PG_BIN_DIR, name) : name
  let version: string
  try {
    version = (await run(binary, ['--version'])).stdout.trim()
  } catch {
    throw new Error(`${name} was not found (install the PostgreSQL ${serverMajor} client tools, e.g. postgresql-client-${serverMajor}, or set PG_BIN_DIR)`)
  }
  const major = Number(/(\d+)(?:\.\d+)?/.exec(version.replace(/^\D+/, ''))?.[1])
  if (major < serverMajor) throw new Error(`${binary} is ${version}, older than the PostgreSQL ${serverMajor} server: install postgresql-client-${serverMajor} or set PG_BIN_DIR`)
  return binary
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 })
  await client.connect()
  return client
}

const databaseName = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1))
// 20261204T170218123Z: sorts by time, milliseconds included so two backups never share a name.
const stamp = (date: Date) => date.toISOString().replace(/[-:.]/g, '')

function sha256(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256')
    createReadStream(file).on('error', reject).on('data', (chunk) => hash.update(chunk)).on('end', () => resolve(hash.digest('hex')))
  })
}

function spawnTool(binary: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(binary)} failed (exit ${code}): ${stderr.trim().split('\n').slice(-3).join(' / ')}`))))
  })
}

/**
 * A custom-format pg_dump of the database into `dir`, with a manifest of every table's rows
 * taken in the very snapshot the dump reads, so a live site can keep writing meanwhile.
 * The dump is written under a temporary name first: a failed run never looks like a backup.
 */
export async function takeBackup(options: { databaseUrl: string; dir: string; now?: Date }): Promise<Backup> {
  mkdirSync(options.dir, { recursive: true })
  const client = await connect(options.databaseUrl)
  try {
    const serverVersion = (await client.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version
    const pgDump = await pgTool('pg_dump', Number.parseInt(serverVersion, 10))
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    const snapshot = (await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id')).rows[0]!.id
    const tables = await fingerprint(client)
    const migration = await lastMigration(client)
    const database = databaseName(options.databaseUrl)
    const file = path.join(options.dir, `${database}-${stamp(options.now ?? new Date())}.dump`)
    const partial = `${file}.partial`
    try {
      await spawnTool(pgDump, ['--format=custom', '--no-owner', '--no-privileges', `--snapshot=${snapshot}`, `--file=${partial}`, `--dbname=${options.databaseUrl}`])
    } catch (error) {
      rmSync(partial, { force: true })
      throw error
    }
    await client.query('COMMIT')
    renameSync(partial, file)
    const manifest: BackupManifest = {
      database,
      takenAt: (options.now ?? new Date()).toISOString(),
      serverVersion,
      pgDump: (await run(pgDump, ['--version'])).stdout.trim(),
      lastMigration: migration,
      bytes: statSync(file).size,
      sha256: await sha256(file),
      tables,
    }
    writeFileSync(`${file}.json`, `${JSON.stringify(manifest, null, 2)}\n`)
    return { file, manifest }
  } finally {
    await client.end().catch(() => {})
  }
}

/** The dumps in `dir`, oldest first (their names sort by time). */
export function listBackups(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => name.endsWith('.dump') && existsSync(path.join(dir, `${name}.json`)))
    .sort()
    .map((name) => path.join(dir, name))
}

/** Keeps the newest `keep` dumps (with their manifests) and deletes the rest; returns what it deleted. */
export function pruneBackups(dir: string, keep: number): string[] {
  const backups = listBackups(dir)
  const doomed = backups.slice(0, Math.max(0, backups.length - keep))
  for (const file of doomed) {
    rmSync(file, { force: true })
    rmSync(`${file}.json`, { force: true })
  }
  return doomed
}

/** What differs between the tables a manifest recorded and those a restore produced. */
export function compareTables(expected: TableFingerprints, restored: TableFingerprints): string[] {
  const problems: string[] = []
  for (const [name, want] of Object.entries(expected)) {
    const got = restored[name]
    if (!got) problems.push(`table ${name} is missing from the restore`)
    else if (got.rows !== want.rows) problems.push(`table ${name} has ${got.rows} rows after the restore, ${want.rows} in the backup`)
    else if (got.checksum !== want.checksum) problems.push(`table ${name} has different content after the restore (checksum)`)
  }
  for (const name of Object.keys(restored)) if (!expected[name]) problems.push(`table ${name} appeared in the restore but was not in the backup`)
  return problems
}

/**
 * The restore drill: checks the dump's bytes against its manifest, restores it into a new,
 * empty database on `serverUrl`'s server, compares every table's rows and checksum and the
 * last migration with the manifest, and drops that database again (also when it fails).
 */
export async function restoreDrill(options: { dump: string; serverUrl: string }): Promise<DrillReport> {
  const manifest = JSON.parse(readFileSync(`${options.dump}.json`, 'utf8')) as BackupManifest
  const problems: string[] = []
  const actualSha = await sha256(options.dump)
  if (actualSha !== manifest.sha256) problems.push(`the dump's bytes do not match its manifest (sha256 ${actualSha.slice(0, 12)}…, expected ${manifest.sha256.slice(0, 12)}…): the file was changed or damaged`)
  const scratch = `${manifest.database}_drill_${stamp(new Date()).toLowerCase()}`.slice(0, 63)
  const maintenanceUrl = withDatabase(options.serverUrl, 'postgres')
  const scratchUrl = withDatabase(options.serverUrl, scratch)
  await ensureDatabaseExists(maintenanceUrl, scratch)
  const started = performance.now()
  let restored: TableFingerprints = {}
  try {
    const probe = await connect(scratchUrl)
    const serverMajor = Number.parseInt((await probe.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version, 10)
    await probe.end()
    const pgRestore = await pgTool('pg_restore', serverMajor)
    await spawnTool(pgRestore, ['--exit-on-error', '--single-transaction', '--no-owner', '--no-privileges', `--dbname=${scratchUrl}`, options.dump])
    const client = await connect(scratchUrl)
    try {
      restored = await fingerprint(client)
      const migration = await lastMigration(client)
      if (migration !== manifest.lastMigration) problems.push(`the restore's last migration is ${migration}, the backup's ${manifest.lastMigration}`)
    } finally {
      await client.end().catch(() => {})
    }
    problems.push(...compareTables(manifest.tables, restored))
  } catch (error) {
    problems.push(`the restore failed: ${(error as Error).message}`)
  } finally {
    await dropDatabase(maintenanceUrl, scratch)
  }
  return {
    dump: options.dump,
    restoredInto: scratch,
    restoreMs: Math.round(performance.now() - started),
    tables: Object.keys(restored).length,
    rows: Object.values(restored).reduce((sum, table) => sum + table.rows, 0),
    problems,
  }
}
