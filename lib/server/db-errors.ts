import type { Payload } from 'payload'
import type { Pool, PoolClient } from 'pg'

/**
 * A connection the database ends (a restart, a failover, `pg_terminate_backend`) makes
 * node-postgres emit 'error'; with no listener that is an uncaught exception and the
 * whole process dies. Here it is one line in the log, the dead client leaves the pool,
 * and the next query opens a fresh connection.
 */
const GUARDED = Symbol.for('bthemethod.dbErrors.guarded')
type Guarded = { [GUARDED]?: true }

let lastLogged = 0
function logOnce(payload: Payload, error: Error) {
  // One line per burst: every idle client of a pool reports the same restart.
  if (Date.now() - lastLogged < 1000) return
  lastLogged = Date.now()
  payload.logger.warn(`Database connection closed (${error.message}); the next request reconnects.`)
}

type PoolInternals = { _clients?: PoolClient[]; _idle?: { client: PoolClient }[] }

export function survivePoolErrors(payload: Payload): void {
  const db = payload.db as unknown as { pool?: Pool; readReplicaOptions?: unknown; drizzle?: { $replicas?: { $client?: Pool }[] } }
  const pools = [db.pool, ...(db.drizzle?.$replicas ?? []).map((replica) => replica.$client)].filter((pool): pool is Pool => Boolean(pool))
  for (const pool of pools) {
    if ((pool as Guarded)[GUARDED]) continue
    ;(pool as Guarded)[GUARDED] = true
    // Idle clients: pg-pool drops the client itself and re-emits on the pool.
    pool.on('error', (error) => logOnce(payload, error))
    // Checked-out clients (a transaction, the job runner's lock): pg-pool leaves them to us.
    pool.on('acquire', (client) => guardClient(payload, client))
    // The client the adapter checked out at connect and keeps: when it dies, hand it back
    // broken so the pool forgets it instead of counting it against its size for ever.
    const internals = pool as unknown as PoolInternals
    const idle = new Set((internals._idle ?? []).map((entry) => entry.client))
    for (const client of internals._clients ?? []) {
      if (idle.has(client)) continue
      guardClient(payload, client)
      client.once('error', (error) => {
        try {
          client.release(error)
        } catch {
          // already handed back
        }
      })
    }
  }
}

function guardClient(payload: Payload, client: PoolClient): void {
  if ((client as Guarded)[GUARDED]) return
  ;(client as Guarded)[GUARDED] = true
  client.on('error', (error) => logOnce(payload, error))
}

/** Node's socket errors and PostgreSQL's "connection exception" / "shutting down" codes. */
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', '57P01', '57P02', '57P03'])
const UNREACHABLE_MESSAGES = /\b(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE)\b|Connection terminated|timeout exceeded when trying to connect|^timeout expired$|not queryable|the database system is (starting up|shutting down|in recovery mode)/i

/**
 * True when an error (or one it wraps: Drizzle and Payload wrap the driver's) means the
 * database could not be reached, as opposed to a bad query or bad data.
 */
export function isDatabaseUnreachable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 6; depth++) {
    const { code, message, cause, originalError } = current as { code?: string; message?: string; cause?: unknown; originalError?: unknown }
    if ((code && (UNREACHABLE_CODES.has(code) || code.startsWith('08'))) || (message && UNREACHABLE_MESSAGES.test(message))) return true
    current = cause ?? originalError
  }
  return false
}

/** Seconds a client should wait before trying again while the database is away. */
export const RETRY_AFTER_SECONDS = 5
