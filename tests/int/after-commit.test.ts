import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { afterCommit } from '@/lib/server/after-commit'

import { unique, validData } from '../helpers/fixtures'
import { closePayload, startPayload } from '../helpers/payload'

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await closePayload(payload)
})

describe('work after commit (cache expiry)', () => {
  it('runs once the transaction has committed, when other connections already see the write', async () => {
    const transactionID = (await payload.db.beginTransaction())!
    const title = `After commit ${unique()}`
    const created = await payload.create({
      collection: 'articles',
      data: { ...validData.articles(), title, _status: 'published' } as never,
      req: { transactionID },
    })
    const seen: (string | null)[] = []
    await afterCommit({ transactionID, payload }, async () => {
      // Outside the transaction, as a visitor's request would read it.
      const outside = await payload.findByID({ collection: 'articles', id: created.id, disableErrors: true, depth: 0 })
      seen.push(outside?.title ?? null)
    })
    expect(seen).toEqual([])
    await payload.db.commitTransaction(transactionID)
    expect(seen).toEqual([title])
  })

  it('never runs for a rolled-back transaction', async () => {
    const transactionID = (await payload.db.beginTransaction())!
    let ran = false
    await afterCommit({ transactionID, payload }, () => {
      ran = true
    })
    await payload.db.rollbackTransaction(transactionID)
    expect(ran).toBe(false)
  })

  it('runs at once when there is no transaction', async () => {
    let ran = false
    await afterCommit({ payload }, () => {
      ran = true
    })
    expect(ran).toBe(true)
  })
})
