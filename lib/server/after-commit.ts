import type { Payload, PayloadRequest } from 'payload'

type Action = () => Promise<void> | void
type TransactionId = number | string

/**
 * Work that must wait until a write is visible to everyone: Payload runs afterChange
 * hooks inside the request's transaction, so expiring cached pages there lets a visitor's
 * request re-render from the old rows in the gap before the commit, and keep that page.
 *
 * Kept on globalThis: Next bundles this module more than once (pages, route handlers),
 * while the Payload instance and its database adapter are shared.
 */
type Registry = { pending: Map<TransactionId, Action[]> }
const registry: Registry = ((globalThis as { [key: symbol]: Registry })[Symbol.for('bthemethod.afterCommit')] ??= {
  pending: new Map(),
})
/** Marks a database adapter as wrapped (a dev reload brings a new adapter, wrapped again). */
const WRAPPED = Symbol.for('bthemethod.afterCommit.wrapped')
type MarkedDb = Payload['db'] & { [WRAPPED]?: true }

async function runAll(actions: Action[] | undefined): Promise<void> {
  for (const action of actions ?? []) {
    try {
      await action()
    } catch (error) {
      console.error('[after-commit] an action failed:', error)
    }
  }
}

/** Runs `action` once the request's transaction has committed (at once when there is none). */
export async function afterCommit(req: Pick<PayloadRequest, 'transactionID' | 'payload'>, action: Action): Promise<void> {
  const id = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  const wrapped = Boolean((req.payload?.db as MarkedDb | undefined)?.[WRAPPED])
  if (id === undefined || id === null || !wrapped) return void (await runAll([action]))
  registry.pending.set(id, [...(registry.pending.get(id) ?? []), action])
}

/** Wraps the database adapter once (payload.config onInit) so commits run their queued actions. */
export function installAfterCommit(payload: Payload): void {
  const db = payload.db as MarkedDb
  if (db[WRAPPED]) return
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  db.commitTransaction = async (incoming) => {
    const id = incoming instanceof Promise ? await incoming : incoming
    const actions = registry.pending.get(id)
    registry.pending.delete(id)
    // A failed commit (patches/: the adapter now reports it) throws here: nothing was stored, so nothing runs.
    await commit(id)
    await runAll(actions)
  }
  db.rollbackTransaction = async (incoming) => {
    const id = incoming instanceof Promise ? await incoming : incoming
    registry.pending.delete(id)
    await rollback(id)
  }
  db[WRAPPED] = true
}
