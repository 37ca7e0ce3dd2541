/**
 * @jest-environment node
 */
import { describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { startJobRunnerWhenReady } from '@/lib/server/job-runner'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A Payload whose database grants the runner's lock and counts the batches it runs. */
function fakePayload() {
  const batches = { run: 0 }
  const client = { query: async () => ({ rows: [{ locked: true }] }), release: () => {} }
  const payload = { db: { pool: { connect: async () => client } }, jobs: { run: async () => void batches.run++ }, logger: { error: () => {} } }
  return { payload: payload as unknown as Payload, batches }
}

async function until(condition: () => boolean, ms = 2000) {
  const deadline = Date.now() + ms
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await sleep(5)
  }
}

describe('starting the scheduled-publish runner', () => {
  it('keeps trying while Payload cannot load (the database is away at start-up), then runs the due jobs', async () => {
    const { payload, batches } = fakePayload()
    let attempts = 0
    const log: string[] = []
    const stop = startJobRunnerWhenReady(
      async () => {
        attempts++
        if (attempts < 3) throw new Error('Failed query: SELECT to_regclass(\'"payload_migrations"\')\nparams:')
        return payload
      },
      { intervalMs: 10, retryMs: 10, log: (message) => log.push(message) },
    )
    await until(() => batches.run >= 2)
    await stop()
    expect(attempts).toBe(3)
    expect(log).toEqual([
      '[jobs] the scheduled-publish runner could not start yet (Failed query: SELECT to_regclass(\'"payload_migrations"\')); trying again in 0.01 s',
      '[jobs] the scheduled-publish runner could not start yet (Failed query: SELECT to_regclass(\'"payload_migrations"\')); trying again in 0.01 s',
      '[jobs] the scheduled-publish runner started (attempt 3)',
    ])
    const after = batches.run
    await sleep(50)
    expect(batches.run).toBe(after)
  })

  it('stops trying once the instance shuts down', async () => {
    let attempts = 0
    const stop = startJobRunnerWhenReady(
      async () => {
        attempts++
        throw new Error('connect ECONNREFUSED 127.0.0.1:5432')
      },
      { intervalMs: 10, retryMs: 10, log: () => {} },
    )
    await until(() => attempts >= 2)
    await stop()
    const seen = attempts
    await sleep(60)
    expect(attempts).toBe(seen)
  })

  it('does not load Payload before the delay, so a new instance serves its first pages first', async () => {
    const { payload, batches } = fakePayload()
    let loadedAt = 0
    const startedAt = Date.now()
    const stop = startJobRunnerWhenReady(
      async () => {
        loadedAt = Date.now()
        return payload
      },
      { intervalMs: 10, delayMs: 80, log: () => {} },
    )
    await sleep(40)
    expect(loadedAt).toBe(0)
    await until(() => batches.run >= 1)
    expect(loadedAt - startedAt).toBeGreaterThanOrEqual(75)
    await stop()
  })

  it('never loads Payload when the instance stops during the delay', async () => {
    let loads = 0
    const stop = startJobRunnerWhenReady(
      async () => {
        loads++
        return fakePayload().payload
      },
      { intervalMs: 10, delayMs: 30, log: () => {} },
    )
    await stop()
    await sleep(60)
    expect(loads).toBe(0)
  })
})
