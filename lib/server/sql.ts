import { sql, type SQL } from 'drizzle-orm'
import type { Payload } from 'payload'

/**
 * The rows of one hand-written statement, on Payload's own connection pool. Only for reads
 * the Local API cannot shape: full-text search, and light lists over a whole collection
 * (facets, the sitemap) where Payload's per-document work would cost more than the query.
 */
export async function sqlRows<T>(payload: Payload, query: SQL): Promise<T[]> {
  const result = (await payload.db.drizzle.execute(query)) as unknown as { rows: T[] }
  return result.rows
}

/** A timestamp column as the Local API gives it: ISO 8601 in UTC with milliseconds. */
export const isoTimestamp = (column: SQL) => sql`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`

export { sql }
