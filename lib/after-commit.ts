import type { Payload, PayloadRequest } from 'payload'

type Action = () => Promise<void> | void
type TransactionId = number | string

/**
 * Work that must wait until a write is visible to everyone: Payload runs afterChange
 * hooks inside the request's transaction, so expiring cached pages there lets a visitor's
 * request re-render from the old rows in the gap before the commit, and keep that page.
 */
const pending = new Map<TransactionId, Action[]>()
const INSTALLED = Symbol.for('bthemethod.afterCommit')

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
export async function afterCommit(req: Pick<PayloadRequest, 'transactionID'>, action: Action): Promise<void> {
  const id = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  if (id === undefined || id === null || !isInstalled()) return void (await runAll([action]))
  pending.set(id, [...(pending.get(id) ?? []), action])
}

let installedOn: object | null = null
const isInstalled = () => installedOn !== null

/** Wraps the database adapter once (payload.config onInit) so commits run their queued actions. */
export function installAfterCommit(payload: Payload): void {
  const db = payload.db as Payload['db'] & { [INSTALLED]?: true }
  if (db[INSTALLED]) return
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  db.commitTransaction = async (incoming) => {
    const id = incoming instanceof Promise ? await incoming : incoming
    await commit(id)
    const actions = pending.get(id)
    pending.delete(id)
    await runAll(actions)
  }
  db.rollbackTransaction = async (incoming) => {
    const id = incoming instanceof Promise ? await incoming : incoming
    pending.delete(id)
    await rollback(id)
  }
  db[INSTALLED] = true
  installedOn = db
}
