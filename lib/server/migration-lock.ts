import pg from 'pg'

/** One key for every instance of this app on a database (pg_advisory_lock takes a bigint). */
const MIGRATION_LOCK_KEY = 4_242_001

/**
 * Runs `work` (the migrations) while holding a Postgres advisory lock, so that of several
 * instances starting at once only one migrates; the others wait here and then find the
 * schema current. The lock belongs to this one connection and ends with it, so a crashed
 * instance never leaves it held.
 */
export async function withMigrationLock<T>(databaseUrl: string, work: () => Promise<T>, onWait?: () => void): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000 })
  await client.connect()
  try {
    const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [MIGRATION_LOCK_KEY])
    if (!rows[0]?.locked) {
      onWait?.()
      await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY])
    }
    return await work()
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {})
    await client.end().catch(() => {})
  }
}
