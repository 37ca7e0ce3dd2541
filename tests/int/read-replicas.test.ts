import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { editorState, paragraph } from '@/lib/richtext/build'
import { startStatementCounter } from '@/scripts/pg-statement-counter.mjs'

import { closePayload } from '../helpers/payload'

/**
 * DATABASE_READ_REPLICA_URLS, end to end: the "replica" is the test database itself behind
 * a proxy that records every statement it carries, so the test sees which queries Payload
 * sends to the replica and which to the primary.
 */
let payload: Payload
let replica: Awaited<ReturnType<typeof startStatementCounter>>

beforeAll(async () => {
  replica = await startStatementCounter()
  const url = new URL(process.env.DATABASE_URL!)
  url.host = `127.0.0.1:${replica.port}`
  process.env.DATABASE_READ_REPLICA_URLS = url.toString()
  // This test file has a module registry of its own: the config reads the variable now.
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
  payload = await getPayload({ config })
})

afterAll(async () => {
  delete process.env.DATABASE_READ_REPLICA_URLS
  await closePayload(payload)
  await replica.close()
})

describe('read replicas', () => {
  it('sends reads to the replica', async () => {
    replica.take()
    await payload.find({ collection: 'topics', depth: 0, limit: 5 })
    const statements = replica.take().map((statement) => statement.sql)
    expect(statements.some((sql) => /select/i.test(sql) && sql.includes('"topics"'))).toBe(true)
  })

  it('sends writes to the primary, never to the replica', async () => {
    replica.take()
    const created = await payload.create({
      collection: 'articles',
      data: { title: 'Written to the primary', excerpt: 'Replica test.', content: editorState([paragraph('Only the primary takes writes.')]), _status: 'published' } as never,
    })
    const statements = replica.take().map((statement) => statement.sql)
    expect(statements.filter((sql) => /^\s*(insert|update|delete)/i.test(sql))).toEqual([])
    // And a reader straight after the write sees it (reads stay on the primary for a moment).
    const read = await payload.findByID({ collection: 'articles', id: created.id, depth: 0 })
    expect(read.title).toBe('Written to the primary')
    await payload.delete({ collection: 'articles', id: created.id })
  })
})
