import type { Payload } from 'payload'
import type { Pool, PoolClient } from 'pg'

/**
 * Shuts a Payload instance down completely. `payload.destroy()` in 3.90 leaves the
 * client the Postgres adapter checked out at connect time, so the pool never drains
 * and Node (or Jest) cannot exit: release every client, then end the pool.
 */
export async function closePayload(payload: Payload): Promise<void> {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  await payload.destroy()
  if (!pool || (pool as unknown as { ended?: boolean }).ended) return
  const internals = pool as unknown as { _clients?: PoolClient[]; _idle?: { client: PoolClient }[] }
  const idle = new Set((internals._idle ?? []).map((entry) => entry.client))
  for (const client of internals._clients ?? []) {
    if (!idle.has(client)) client.release()
  }
  await pool.end()
}
