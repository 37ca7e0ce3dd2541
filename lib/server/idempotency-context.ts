import { AsyncLocalStorage } from 'node:async_hooks'
import { createHash } from 'node:crypto'

import type { TypedUser } from 'payload'

/**
 * What a keyed create (`POST /api/<collection>` with an `Idempotency-Key` header) carries
 * from the REST route (lib/server/idempotency.ts) to the hooks that store the key in the
 * create's own transaction (collections/hooks/idempotency.ts). Kept in async context, not
 * in a header, so that no client can forge it.
 */
export type PendingKey = {
  /** The Idempotency-Key as the client sent it. */
  key: string
  /** Which collection the request creates in; creates that its hooks make elsewhere are not it. */
  collection: string
  /** A digest of the request, so that a key sent again with different content is refused. */
  requestHash: string
  /** Set by the claim: who sent the key (the create's own signed-in user) and the key scoped to them, `users:<id>:<key>`. */
  user?: TypedUser
  scope?: string
  /** The key's row, once claimed in the create's transaction. */
  claimId?: number
  /** The key was taken already (by this request sent before, or at the same time): answered as a repeat. */
  conflict?: boolean
}

export const IDEMPOTENCY_COLLECTION = 'idempotency-keys'
/** How long a key answers for its document; after that the same key creates anew. */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 3600_000
export const IDEMPOTENCY_HEADER = 'idempotency-key'

// One store per process: the build can bundle this module twice (the REST route's copy and
// the Payload config's), and both halves must see the same one.
const STORE = Symbol.for('bthemethod.idempotency.pendingKey')
const registry = globalThis as { [STORE]?: AsyncLocalStorage<PendingKey> }
const store = (registry[STORE] ??= new AsyncLocalStorage<PendingKey>())

export const withPendingKey = <T>(pending: PendingKey, work: () => Promise<T>): Promise<T> => store.run(pending, work)
export const pendingKey = (): PendingKey | undefined => store.getStore()

/** Why a key cannot be used, or null: 1 to 255 visible ASCII characters (a UUID fits). */
export function keyProblem(key: string): string | null {
  if (!key.length || key.length > 255) return 'must be 1 to 255 characters long (a UUID is a good key)'
  if (!/^[\x21-\x7e]+$/.test(key)) return 'may hold only visible ASCII characters, no spaces'
  return null
}

export function scopeOf(user: { collection: string; id: string | number }, key: string): string {
  return `${user.collection}:${user.id}:${key}`
}

/** The address (with its query) and the body's content, so a retry of the same request matches and another request does not. */
export function requestDigest(pathAndQuery: string, content: string | Buffer): string {
  return createHash('sha256').update(pathAndQuery).update('\n').update(content).digest('base64url')
}
