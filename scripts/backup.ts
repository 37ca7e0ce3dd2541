/**
 * `npm run backup -- [--dir DIR] [--keep N]`: a pg_dump of DATABASE_URL with a manifest of
 * every table, keeping the newest N (default 14) in DIR (default BACKUP_DIR or .data/backups).
 *
 * `npm run backup:drill -- [--dump FILE] [--dir DIR] [--into SERVER_URL]`: the restore drill.
 * Restores the newest dump in DIR (or FILE; with none, it takes one first) into a new database
 * on the same server (or on SERVER_URL's), checks every table against the manifest, drops the
 * copy and exits 1 when anything differs. Prints the report as JSON.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { listBackups, pruneBackups, restoreDrill, takeBackup } from '../lib/server/backup'
import { dataDir } from '../lib/server/paths'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dir: { type: 'string', default: process.env.BACKUP_DIR || path.join(dataDir, 'backups') },
    keep: { type: 'string', default: process.env.BACKUP_KEEP || '14' },
    dump: { type: 'string' },
    into: { type: 'string' },
  },
})
const command = positionals[0] ?? 'backup'
const databaseUrl = process.env.DATABASE_URL

function fail(message: string): never {
  console.error(`[backup] ${message}`)
  process.exit(1)
}

if (!databaseUrl) {
  fail('DATABASE_URL is not set. Backups are of a database server; the embedded development database is the folder .data/postgres (copy it while npm run dev is stopped).')
}
const keep = Number(values.keep)
if (!Number.isInteger(keep) || keep < 1) fail(`--keep must be a whole number of at least 1 (got "${values.keep}")`)

try {
  if (command === 'backup') {
    const { file, manifest } = await takeBackup({ databaseUrl, dir: values.dir })
    const pruned = pruneBackups(values.dir, keep)
    const rows = Object.values(manifest.tables).reduce((sum, table) => sum + table.rows, 0)
    console.log(`[backup] ${file}: ${manifest.bytes} bytes, ${Object.keys(manifest.tables).length} tables, ${rows} rows, last migration ${manifest.lastMigration ?? 'none'}`)
    for (const old of pruned) console.log(`[backup] removed ${old} (keeping the newest ${keep})`)
  } else if (command === 'drill') {
    const dump = values.dump ?? listBackups(values.dir).at(-1) ?? (await takeBackup({ databaseUrl, dir: values.dir })).file
    const report = await restoreDrill({ dump, serverUrl: values.into ?? databaseUrl })
    console.log(JSON.stringify(report, null, 2))
    if (report.problems.length > 0) fail(`the restore drill of ${dump} FAILED:\n  ${report.problems.join('\n  ')}`)
    console.log(`[backup] restore drill passed: ${report.tables} tables and ${report.rows} rows restored from ${path.basename(dump)} in ${report.restoreMs} ms match the backup`)
  } else {
    fail(`unknown command "${command}" (backup or drill)`)
  }
} catch (error) {
  fail((error as Error).message)
}
