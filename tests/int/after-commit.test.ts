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

  describe('a commit the database refuses', () => {
    // A deferred constraint trigger fails at COMMIT, as a connection cut mid-commit does:
    // every statement before it succeeded, so only the commit's own answer tells.
    const REFUSED = 'Refused at commit'
    const pool = () => (payload.db as unknown as { pool: { query: (text: string) => Promise<unknown> } }).pool
    beforeAll(async () => {
      await pool().query(`CREATE OR REPLACE FUNCTION test_refuse_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.title LIKE '${REFUSED}%' THEN RAISE EXCEPTION 'refused at commit (test trigger)'; END IF; RETURN NEW; END $$`)
      await pool().query('CREATE CONSTRAINT TRIGGER test_refuse_at_commit AFTER INSERT ON articles DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION test_refuse_at_commit()')
    })
    afterAll(async () => {
      await pool().query('DROP TRIGGER IF EXISTS test_refuse_at_commit ON articles')
      await pool().query('DROP FUNCTION IF EXISTS test_refuse_at_commit()')
    })

    it('is reported to the caller, and the work queued for after it never runs', async () => {
      const transactionID = (await payload.db.beginTransaction())!
      const created = await payload.create({
        collection: 'articles',
        data: { ...validData.articles(), title: `${REFUSED} ${unique()}`, _status: 'published' } as never,
        req: { transactionID },
      })
      let ran = false
      await afterCommit({ transactionID, payload }, () => {
        ran = true
      })
      await expect(payload.db.commitTransaction(transactionID)).rejects.toThrow(/could not be committed: refused at commit/)
      expect(ran).toBe(false)
      expect(await payload.findByID({ collection: 'articles', id: created.id, disableErrors: true, depth: 0 })).toBeNull()
    })

    it('fails the create itself, so an API client is never told a lost article was saved', async () => {
      const title = `${REFUSED} ${unique()}`
      await expect(payload.create({ collection: 'articles', data: { ...validData.articles(), title, _status: 'published' } as never })).rejects.toThrow(/could not be committed/)
      const { totalDocs } = await payload.find({ collection: 'articles', where: { title: { equals: title } }, draft: true, depth: 0, limit: 1 })
      expect(totalDocs).toBe(0)
      const versions = await payload.findVersions({ collection: 'articles', where: { 'version.title': { equals: title } }, depth: 0, limit: 1 })
      expect(versions.totalDocs).toBe(0)
    })
  })

  it('runs at once when there is no transaction', async () => {
    let ran = false
    await afterCommit({ payload }, () => {
      ran = true
    })
    expect(ran).toBe(true)
  })
})
