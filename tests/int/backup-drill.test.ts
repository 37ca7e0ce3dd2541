import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, truncateSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import type { Payload } from 'payload'

import { compareTables, restoreDrill, takeBackup, type DrillReport } from '@/lib/server/backup'
import { projectRoot } from '@/lib/server/paths'

import { scriptCommand } from '../helpers/run-script'
import { closePayload, startPayload } from '../helpers/payload'

/** `npm run backup` / `npm run backup:drill` with these arguments: exit code and output. */
function backupScript(args: string[], dir: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, scriptCommand('backup', [...args, '--dir', dir]), { cwd: projectRoot, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

const reportOf = (stdout: string) => JSON.parse(stdout.slice(stdout.indexOf('{'), stdout.lastIndexOf('}') + 1)) as DrillReport

async function drillDatabases(): Promise<string[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  try {
    const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE '%\\_drill\\_%'`)
    return rows.map((row) => row.datname)
  } finally {
    await client.end()
  }
}

describe('backups and the restore drill', () => {
  let payload: Payload
  let dir: string

  beforeAll(async () => {
    payload = await startPayload()
    dir = mkdtempSync(path.join(os.tmpdir(), 'bthemethod-backups-'))
    // Content to carry through the dump and back (the schema itself has enums, a generated
    // tsvector column, pg_trgm and foreign keys: what a restore must get right).
    await payload.create({ collection: 'topics', data: { name: 'Restored breathwork', slug: 'restored-breathwork' } })
  })

  afterAll(async () => {
    await closePayload(payload)
    rmSync(dir, { recursive: true, force: true })
  })

  it('restores the newest backup into a new database, finds every table and row as backed up, and drops the copy', async () => {
    const before = await drillDatabases()
    const backup = await backupScript([], dir)
    expect(backup.stderr).toBe('')
    expect(backup.code).toBe(0)
    expect(backup.stdout).toMatch(/\[backup\] .+\.dump: \d+ bytes, \d+ tables, \d+ rows, last migration \d{8}_\d{6}_\w+/)

    const drill = await backupScript(['drill'], dir)
    expect(drill.code).toBe(0)
    const report = reportOf(drill.stdout)
    expect(report.problems).toEqual([])
    expect(report.tables).toBeGreaterThan(20)
    expect(report.rows).toBeGreaterThan(0)
    expect(drill.stdout).toMatch(/restore drill passed/)
    expect(await drillDatabases()).toEqual(before)
  })

  it('backs up a site that keeps writing: the dump and its manifest come from one snapshot', async () => {
    let writing = true
    let written = 0
    const writer = (async () => {
      while (writing) {
        written++
        await payload.create({ collection: 'topics', data: { name: `Written during the backup ${written}`, slug: `written-during-backup-${written}` } })
      }
    })()
    try {
      await new Promise((resolve) => setTimeout(resolve, 200))
      const { file } = await takeBackup({ databaseUrl: process.env.DATABASE_URL!, dir })
      const report = await restoreDrill({ dump: file, serverUrl: process.env.DATABASE_URL! })
      expect(report.problems).toEqual([])
    } finally {
      writing = false
      await writer
    }
    expect(written).toBeGreaterThan(5)
  })

  it('fails a damaged dump with the reason and exit 1, leaving no copy behind', async () => {
    const before = await drillDatabases()
    const { code } = await backupScript([], dir)
    expect(code).toBe(0)
    const newest = readdirSync(dir).filter((name) => name.endsWith('.dump')).sort().at(-1)!
    truncateSync(path.join(dir, newest), 4096)

    const drill = await backupScript(['drill'], dir)
    expect(drill.code).toBe(1)
    expect(drill.stderr).toMatch(/the restore drill of .+ FAILED/)
    expect(drill.stderr).toMatch(/the dump's bytes do not match its manifest/)
    expect(drill.stderr).toMatch(/the restore failed: pg_restore failed/)
    expect(await drillDatabases()).toEqual(before)
  })

  it('keeps only the newest backups it is told to keep', async () => {
    const keepDir = mkdtempSync(path.join(os.tmpdir(), 'bthemethod-backups-keep-'))
    try {
      for (let run = 0; run < 3; run++) expect((await backupScript(['--keep', '2'], keepDir)).code).toBe(0)
      const dumps = readdirSync(keepDir).filter((name) => name.endsWith('.dump'))
      expect(dumps).toHaveLength(2)
      expect(readdirSync(keepDir).filter((name) => name.endsWith('.dump.json'))).toHaveLength(2)
      expect((await backupScript(['--keep', 'none'], keepDir)).stderr).toMatch(/--keep must be a whole number of at least 1 \(got "none"\)/)
    } finally {
      rmSync(keepDir, { recursive: true, force: true })
    }
  })

  it('names each table whose rows or content differ from the backup', () => {
    const backedUp = { topics: { rows: 3, checksum: '1' }, articles: { rows: 2, checksum: '2' }, media: { rows: 1, checksum: '3' } }
    const restored = { topics: { rows: 2, checksum: '1' }, articles: { rows: 2, checksum: '9' }, extra: { rows: 0, checksum: '0' } }
    expect(compareTables(backedUp, restored)).toEqual([
      'table topics has 2 rows after the restore, 3 in the backup',
      'table articles has different content after the restore (checksum)',
      'table media is missing from the restore',
      'table extra appeared in the restore but was not in the backup',
    ])
    expect(compareTables(backedUp, backedUp)).toEqual([])
  })
})
