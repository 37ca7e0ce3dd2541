import { readdirSync } from 'node:fs'
import path from 'node:path'

import pg from 'pg'

import { projectRoot } from './paths'

/** The committed migrations, by file name (what Payload records in payload_migrations). */
export function committedMigrationNames(folder = path.join(projectRoot, 'migrations')): string[] {
  return readdirSync(folder)
    .filter((file) => /^\d{8}_\d{6}_[\w-]+\.ts$/.test(file))
    .map((file) => file.replace(/\.ts$/, ''))
}

/**
 * Whether a start can skip loading Payload before Next: every committed migration is
 * applied and the search index has rows. Two light queries over plain pg, instead of the
 * second or so that Payload's config (with Lexical) takes to load, which the Next server
 * loads again anyway. Any doubt (no table yet, no connection) answers false: the full
 * path then runs and reports the problem properly.
 */
export async function schemaIsCurrent(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 })
  try {
    await client.connect()
    const { rows } = await client.query<{ name: string }>('SELECT name FROM payload_migrations')
    const applied = new Set(rows.map((row) => row.name))
    if (!committedMigrationNames().every((name) => applied.has(name))) return false
    const search = await client.query<{ filled: boolean }>('SELECT EXISTS (SELECT 1 FROM search) AS filled')
    return search.rows[0]?.filled === true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}
