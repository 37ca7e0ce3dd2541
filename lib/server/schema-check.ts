import { readdirSync } from 'node:fs'
import path from 'node:path'

import pg from 'pg'

import { isDatabaseUnreachable } from './db-errors'
import { projectRoot } from './paths'

/** The committed migrations, by file name (what Payload records in payload_migrations). */
export function committedMigrationNames(folder = path.join(projectRoot, 'migrations')): string[] {
  return readdirSync(folder)
    .filter((file) => /^\d{8}_\d{6}_[\w-]+\.ts$/.test(file))
    .map((file) => file.replace(/\.ts$/, ''))
}

/**
 * Connects once and asks for nothing, so that a database that refuses or never answers is
 * reported in one line before Payload loads (its own connect logs a stack trace and leaves a
 * promise rejected). A database that answers with an error (one not created yet, which
 * Payload creates) counts as reachable.
 */
export async function probeDatabase(databaseUrl: string, timeoutMs = 3000): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: timeoutMs })
  try {
    await client.connect()
    await client.query('SELECT 1')
  } catch (error) {
    if (!isDatabaseUnreachable(error)) return
    const message = (error as Error).message
    throw new Error(/^timeout expired$/i.test(message) ? `no answer within ${timeoutMs / 1000} s` : message, { cause: error })
  } finally {
    await client.end().catch(() => {})
  }
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
