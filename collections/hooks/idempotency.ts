import type { CollectionAfterChangeHook, CollectionBeforeOperationHook, Config } from 'payload'
import { APIError, ValidationError } from 'payload'

import { IDEMPOTENCY_COLLECTION, IDEMPOTENCY_KEY_TTL_MS, pendingKey, scopeOf, type PendingKey } from '../../lib/server/idempotency-context'

const isScopeTaken = (error: unknown) => error instanceof ValidationError && error.data.errors.some((problem) => problem.path === 'scope')

/** The key of this request's own create, not of a create that one of its hooks makes elsewhere. */
function keyOfThisCreate(operation: string, slug: string): PendingKey | undefined {
  const pending = pendingKey()
  return operation === 'create' && pending?.collection === slug ? pending : undefined
}

/**
 * Claims the request's Idempotency-Key first thing in the create's transaction, for the
 * create's own signed-in user. A request whose key is taken (by itself sent before, or by
 * a copy sent at the same time, which it waits for on the key's unique index) stops here
 * with a 409 that lib/server/idempotency.ts turns into the earlier document; nothing is
 * written. The key and the document are committed together, or neither is.
 */
export const claimIdempotencyKey: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const pending = keyOfThisCreate(operation, collection.slug)
  // Nobody signed in: the access rules refuse the create, and the key belongs to no one.
  if (!pending || pending.claimId !== undefined || !req.user) return args
  const scope = scopeOf(req.user, pending.key)
  Object.assign(pending, { scope, user: req.user })
  // A key past its day is let go, so it can be used anew.
  const expired = new Date(Date.now() - IDEMPOTENCY_KEY_TTL_MS).toISOString()
  await req.payload.delete({ collection: IDEMPOTENCY_COLLECTION, where: { scope: { equals: scope }, createdAt: { less_than: expired } }, req, overrideAccess: true, depth: 0 })
  try {
    const claim = await req.payload.create({
      collection: IDEMPOTENCY_COLLECTION,
      data: { scope, requestHash: pending.requestHash, collection: collection.slug },
      req,
      overrideAccess: true,
      depth: 0,
    })
    pending.claimId = claim.id
  } catch (error) {
    if (!isScopeTaken(error)) throw error
    pending.conflict = true
    throw new APIError('Another request with this Idempotency-Key is being handled: send it again to receive its document.', 409)
  }
  return args
}

/** Writes the new document's id beside its key, still inside the create's transaction. */
export const recordIdempotencyKey: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  const pending = keyOfThisCreate(operation, collection.slug)
  if (pending?.claimId === undefined) return doc
  await req.payload.update({ collection: IDEMPOTENCY_COLLECTION, id: pending.claimId, data: { document: String(doc.id) }, req, overrideAccess: true, depth: 0 })
  return doc
}

/** The key store, and its hooks on every collection (plugins' included: add this plugin late). */
export function withIdempotencyKeys(keys: NonNullable<Config['collections']>[number]) {
  return (config: Config): Config => ({
    ...config,
    collections: [
      ...(config.collections ?? []).map((collection) => ({
        ...collection,
        hooks: {
          ...collection.hooks,
          beforeOperation: [...(collection.hooks?.beforeOperation ?? []), claimIdempotencyKey],
          afterChange: [...(collection.hooks?.afterChange ?? []), recordIdempotencyKey],
        },
      })),
      keys,
    ],
  })
}
