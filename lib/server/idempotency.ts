import { createHash } from 'node:crypto'

import type { Payload } from 'payload'

import { isDatabaseUnreachable, RETRY_AFTER_SECONDS } from './db-errors'
import {
  IDEMPOTENCY_COLLECTION,
  IDEMPOTENCY_HEADER,
  IDEMPOTENCY_KEY_TTL_MS,
  keyProblem,
  type PendingKey,
  requestDigest,
  withPendingKey,
} from './idempotency-context'
import { PRIVATE_NO_STORE } from './no-store'
import type { IdempotencyKey } from '../../payload-types'
import { getPayloadClient } from './payload'
import { fieldRefusal } from './rest-guard'

/**
 * `Idempotency-Key` on creates, as payment APIs have it: a client that sent a create and
 * got no answer, or a 503, cannot tell whether it was stored (the database may have
 * committed just before it went away). Sent again with the same key, the create is made at
 * most once: the first time as usual, afterwards the answer is that document again, marked
 * `Idempotent-Replayed: true`. The key is stored in the create's own transaction
 * (collections/hooks/idempotency.ts), so it exists exactly when the document does. Keys
 * belong to the signed-in user who sent them and last a day; the same key with a different
 * request is refused (422). REST creates here (`POST /api/<collection>`, a repeat answers
 * 201); GraphQL's `create<Type>` mutations in lib/server/graphql-idempotency.ts.
 */

type Handler<Context> = (request: Request, context: Context) => Promise<Response> | Response

const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': PRIVATE_NO_STORE }
const PRUNE_EVERY_MS = 60_000
let lastPruned = 0

/** The body as the digest sees it: a form by its fields and files (a resent form has a new boundary), anything else by its bytes. */
async function contentOf(request: Request): Promise<string | Buffer> {
  if (!request.headers.get('content-type')?.toLowerCase().includes('multipart/form-data')) return Buffer.from(await request.arrayBuffer())
  const parts: string[] = []
  for (const [name, value] of await request.formData()) {
    if (typeof value === 'string') parts.push(`${name}=${value}`)
    else parts.push(`${name}=file:${value.name}:${value.type}:${createHash('sha256').update(Buffer.from(await value.arrayBuffer())).digest('base64url')}`)
  }
  return parts.join('\n')
}

/** The key's earlier use: committed by now, since the claim waited for it. */
async function findKey(payload: Payload, scope: string): Promise<IdempotencyKey | null> {
  const { docs } = await payload.find({ collection: IDEMPOTENCY_COLLECTION, where: { scope: { equals: scope } }, limit: 1, depth: 0, pagination: false, overrideAccess: true })
  return docs[0] ?? null
}

/** Keys past their day, removed now and then (not on every create). */
function pruneExpiredKeys(payload: Payload): void {
  if (Date.now() - lastPruned < PRUNE_EVERY_MS) return
  lastPruned = Date.now()
  const cutoff = new Date(Date.now() - IDEMPOTENCY_KEY_TTL_MS).toISOString()
  payload
    .delete({ collection: IDEMPOTENCY_COLLECTION, where: { createdAt: { less_than: cutoff } }, overrideAccess: true, depth: 0 })
    .catch((error: Error) => payload.logger.warn(`Could not remove expired idempotency keys: ${error.message}`))
}

function depthOf(url: URL, payload: Payload): number | undefined {
  const asked = Number(url.searchParams.get('depth'))
  if (!url.searchParams.has('depth') || !Number.isFinite(asked)) return undefined
  return Math.min(Math.max(0, Math.trunc(asked)), payload.config.maxDepth)
}

/** How a protocol words the answers that come from the key itself, not from the create. */
export type KeyAnswers = {
  /** A refusal that names the Idempotency-Key header and says why. */
  refuse: (status: number, reason: string) => Response
  /** Any other error, in the protocol's shape. */
  fail: (status: number, message: string, headers?: Record<string, string>) => Response
}

/** How to read the earlier document back: as the client asked for it this time. */
type ReadBack = { draft: boolean; depth?: number }

/**
 * Runs a keyed create (`create`): it claims the key in its own transaction
 * (collections/hooks/idempotency.ts). When the key was taken, the answer is the document
 * the earlier request made, as this user may read it now (`replay`), or why not.
 */
export async function runKeyedCreate(
  pending: PendingKey,
  answers: KeyAnswers,
  readBack: ReadBack,
  create: () => Promise<Response>,
  replay: (doc: Record<string, unknown>) => Promise<Response>,
): Promise<Response> {
  pruneExpiredKeys(await getPayloadClient())
  const response = await withPendingKey(pending, create)
  if (!pending.conflict || !pending.scope || !pending.user) return response
  try {
    const payload = await getPayloadClient()
    const earlier = await findKey(payload, pending.scope)
    if (!earlier) return response
    if (earlier.requestHash !== pending.requestHash) return answers.refuse(422, 'was sent before with a different request: use a new key for new content')
    const doc = earlier.document && (await payload.findByID({
      collection: earlier.collection as never,
      id: earlier.document,
      user: pending.user,
      overrideAccess: false,
      depth: readBack.depth,
      draft: readBack.draft,
      disableErrors: true,
    }))
    if (!doc) return answers.fail(409, 'The document that an earlier request with this Idempotency-Key created is no longer there: it was deleted. Use a new key to create it again.')
    return await replay(doc as Record<string, unknown>)
  } catch (error) {
    if (!isDatabaseUnreachable(error)) throw error
    return answers.fail(503, 'The database is not reachable right now. Please try again in a few seconds with the same Idempotency-Key.', { 'Retry-After': String(RETRY_AFTER_SECONDS) })
  }
}

const restAnswers: KeyAnswers = {
  refuse: (status, reason) => fieldRefusal(status, 'Idempotency-Key', reason),
  fail: (status, message, headers = {}) => new Response(JSON.stringify({ errors: [{ message }] }), { status, headers: { ...JSON_HEADERS, ...headers } }),
}

/** The REST form: `POST /api/<collection>`; a repeat answers 201 with the earlier document. */
export function honourRestIdempotencyKeys<Context>(handler: Handler<Context>): Handler<Context> {
  return async (request, context) => {
    const key = request.headers.get(IDEMPOTENCY_HEADER)
    const url = new URL(request.url)
    const [api, collection, ...rest] = url.pathname.split('/').filter(Boolean)
    // Only creates: /api/<collection>; logins, updates and the rest have a longer address.
    if (key === null || request.method !== 'POST' || api !== 'api' || !collection || rest.length || collection === IDEMPOTENCY_COLLECTION) return handler(request, context)
    const problem = keyProblem(key)
    if (problem) return restAnswers.refuse(400, problem)
    const pending: PendingKey = { key, collection, requestHash: requestDigest(url.pathname + url.search, await contentOf(request.clone())) }
    const readBack = { draft: url.searchParams.get('draft') === 'true', depth: depthOf(url, await getPayloadClient()) }
    return runKeyedCreate(pending, restAnswers, readBack, async () => handler(request, context), async (doc) => {
      const body = { doc, message: 'Already created by an earlier request with this Idempotency-Key.' }
      return new Response(JSON.stringify(body), { status: 201, headers: { ...JSON_HEADERS, 'Idempotent-Replayed': 'true' } })
    })
  }
}
