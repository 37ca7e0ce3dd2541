import config from '@payload-config'
import type { SQL } from 'drizzle-orm'
import { getPayload, type Payload } from 'payload'

/** The one door to Payload's Local API for server components, routes and lib/ modules. */
export function getPayloadClient(): Promise<Payload> {
  return getPayload({ config })
}

/**
 * The rows of one hand-written statement, on Payload's own connection pool. Only for reads the Local API cannot shape: full-text
 * search, and aggregates over a whole collection that would otherwise load every document.
 */
export async function sqlRows<T>(payload: Payload, query: SQL): Promise<T[]> {
  const result = (await payload.db.drizzle.execute(query)) as unknown as { rows: T[] }
  return result.rows
}
