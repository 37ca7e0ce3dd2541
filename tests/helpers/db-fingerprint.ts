import type { Payload } from 'payload'

type Pool = { query: (sql: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }
const poolOf = (payload: Payload) => (payload.db as unknown as { pool: Pool }).pool

/** Row count and checksum of every table (a sum of row hashes: no sort, so it stays cheap to take after every write). */
export type Fingerprint = Record<string, { rows: number; checksum: string }>

let statement: string | null = null

/** One statement over all tables of the schema (built once per process: the schema does not change under a test). */
async function fingerprintStatement(payload: Payload): Promise<string> {
  if (statement) return statement
  const { rows } = await poolOf(payload).query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)
  statement = rows
    .map(({ tablename }) => `SELECT '${tablename}' AS name, count(*)::int AS rows, coalesce(sum(hashtextextended(t::text, 0)), 0)::text AS checksum FROM "${tablename}" t`)
    .join(' UNION ALL ')
  return statement
}

export async function databaseFingerprint(payload: Payload): Promise<Fingerprint> {
  const { rows } = await poolOf(payload).query(await fingerprintStatement(payload))
  return Object.fromEntries(rows.map((row) => [row.name as string, { rows: row.rows as number, checksum: row.checksum as string }]))
}

/** The tables whose rows differ between two fingerprints. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return Object.keys({ ...before, ...after }).filter((name) => before[name]?.checksum !== after[name]?.checksum || before[name]?.rows !== after[name]?.rows)
}
