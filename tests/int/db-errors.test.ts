import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { runDueJobsOnce } from '@/lib/server/job-runner'

import { closePayload, startPayload } from '../helpers/payload'
import { terminateConnections } from '../helpers/terminate-connections'

let payload: Payload
const uncaught: unknown[] = []
const onUncaught = (error: unknown) => uncaught.push(error)
beforeAll(async () => {
  process.on('uncaughtException', onUncaught)
  payload = await startPayload()
})
afterAll(async () => {
  process.off('uncaughtException', onUncaught)
  await closePayload(payload)
})

describe('connections ended by the database', () => {
  it('are logged and replaced: the process lives and the next query succeeds', async () => {
    // Fill the pool with idle clients, so there is something to terminate.
    await Promise.all(Array.from({ length: 4 }, () => payload.find({ collection: 'topics', limit: 1, depth: 0 })))
    expect(await terminateConnections(process.env.DATABASE_URL!)).toBeGreaterThan(0)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(uncaught).toEqual([])

    const found = await payload.find({ collection: 'topics', limit: 1, depth: 0 })
    expect(found.docs).toBeDefined()
    // The job runner holds a client for its lock; it copes too.
    expect(await runDueJobsOnce(payload)).toEqual({ ran: true })

    // And again, now that fresh clients replaced the dead ones.
    expect(await terminateConnections(process.env.DATABASE_URL!)).toBeGreaterThan(0)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect((await payload.count({ collection: 'topics' })).totalDocs).toBeGreaterThanOrEqual(0)
    expect(uncaught).toEqual([])
  })
})
