import type { Payload } from 'payload'
import type { Pool, PoolClient } from 'pg'

/**
 * Ends a pool the Postgres adapter made: it keeps one client checked out from connect time
 * (connectWithReconnect), so pool.end() alone would wait for ever. Release every checked-out
 * client first, then end.
 */
async function endPool(pool: Pool): Promise<void> {
  if ((pool as unknown as { ended?: boolean }).ended) return
  const internals = pool as unknown as { _clients?: PoolClient[]; _idle?: { client: PoolClient }[] }
  const idle = new Set((internals._idle ?? []).map((entry) => entry.client))
  for (const client of internals._clients ?? []) {
    if (idle.has(client)) continue
    try {
      client.release()
    } catch {
      // already handed back
    }
  }
  await pool.end()
}

/**
 * Shuts a Payload instance down completely: `payload.destroy()` in 3.90 leaves the
 * primary's kept client and every read replica's pool open, so Node (or Jest) could not exit.
 */
export async function closePayload(payload: Payload): Promise<void> {
  const db = payload.db as unknown as { pool?: Pool; drizzle?: { $replicas?: { $client?: Pool }[] } }
  const pools = [db.pool, ...(db.drizzle?.$replicas ?? []).map((replica) => replica.$client)].filter((pool): pool is Pool => Boolean(pool))
  await payload.destroy()
  await Promise.all([...new Set(pools)].map(endPool))
}
