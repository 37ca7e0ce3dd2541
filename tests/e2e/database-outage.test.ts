import { randomUUID } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createClient } from '@redis/client'
import pg from 'pg'
import type { Payload } from 'payload'

import { editorState, paragraph } from '@/lib/richtext/build'

import { api, loginAs } from '../helpers/api'
import { startAppInstance, type AppInstance } from '../helpers/app-instance'
import { e2eSkipReason } from '../helpers/browser'
import { E2E_PASSWORD } from '../helpers/e2e-setup'
import { runSetupScript } from '../helpers/run-script'
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy'
import { createTestDatabase, type TestDatabase } from '../helpers/test-database'

/**
 * The database goes away for four seconds in the middle of a load run that also writes,
 * as in a restart or a failover: the instance reaches its own seeded database through a
 * proxy that drops every connection and refuses new ones, then lets them through again.
 * Its page cache is in Redis, so nothing it renders touches the other e2e server's files.
 */
const REDIS_URL = 'redis://127.0.0.1:6379/8'
const OUTAGE_STARTS_MS = 2000
const OUTAGE_MS = 4000
const RUN_MS = 9000

type Sample = { at: number; ms: number; status: number; body: string; retryAfter: string | null; replayed: boolean; url: string }

async function sample(url: string, started: number, init?: RequestInit): Promise<Sample> {
  const at = Date.now() - started
  const begun = performance.now()
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(10_000) })
    const body = await response.text()
    return { at, ms: performance.now() - begun, status: response.status, body, retryAfter: response.headers.get('retry-after'), replayed: response.headers.get('idempotent-replayed') === 'true', url }
  } catch (error) {
    return { at, ms: performance.now() - begun, status: 0, body: String(error), retryAfter: null, replayed: false, url }
  }
}

const duringOutage = (s: Sample) => s.at >= OUTAGE_STARTS_MS && s.at < OUTAGE_STARTS_MS + OUTAGE_MS
const STACK_TRACE = /\bat \S+ \(.*:\d+:\d+\)|node_modules|\.tsx?:\d+/

const describeOutage = e2eSkipReason() ? describe.skip : describe

/**
 * Signs in once the new instance's API answers. Its first Payload start can meet a first
 * database connection slower than the 2 s connect timeout on a loaded machine (the instance
 * then starts Payload again on the next request); the outage is measured from a working start.
 */
async function loginWhenReady(base: string): Promise<string> {
  const deadline = Date.now() + 30_000
  for (;;) {
    try {
      return await loginAs('editor@bthemethod.test', E2E_PASSWORD, base)
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
  }
}

describeOutage('a database restart in the middle of a load run with writes', () => {
  let database: TestDatabase
  let proxy: TcpProxy
  let instance: AppInstance
  let payload: Payload
  const mainDatabaseUrl = process.env.DATABASE_URL

  beforeAll(async () => {
    database = await createTestDatabase('bthemethod_outage')
    await runSetupScript('seed.ts', { ...process.env, DATABASE_URL: database.url, NODE_ENV: 'development', SEED_DEMO_PASSWORD: E2E_PASSWORD, INTERNAL_URL: '' })
    const redis = createClient({ url: REDIS_URL })
    await redis.connect()
    await redis.flushDb()
    await redis.close()
    const target = new URL(database.url)
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) })
    target.host = `127.0.0.1:${proxy.port}`
    instance = await startAppInstance('instance-outage', { DATABASE_URL: target.toString(), REDIS_URL, JOBS_RUNNER: 'on', JOBS_INTERVAL_SECONDS: '1' })
    // This file's own module registry: the Local API (to queue a job as the admin's "Schedule" does) on the outage database.
    process.env.DATABASE_URL = database.url
    const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
    payload = await getPayload({ config })
  }, 180_000)

  afterAll(async () => {
    process.env.DATABASE_URL = mainDatabaseUrl
    const { closePayload } = await import('@/lib/server/payload-lifecycle')
    if (payload) await closePayload(payload)
    await instance?.stop()
    await proxy?.close()
    await database?.dispose()
  })

  it('keeps cached pages up, fails uncached ones fast and cleanly, loses no acknowledged write, and recovers on its own', async () => {
    const base = instance.url
    const editor = await loginWhenReady(base)
    // Pages no write below changes, cached before the outage (a page that a write expires
    // just before the outage cannot be rendered again until the database is back).
    const cachedPaths = ['/offerings', '/studio', '/routines/desk-break-reset', '/classes/ball-foundations']
    for (const path of cachedPaths) for (let visit = 0; visit < 2; visit++) await fetch(base + path).then((response) => response.text())

    // A draft whose scheduled publish falls inside the outage.
    const draft = await api<{ doc: { id: number } }>('POST', '/articles?draft=true', editor, { title: 'Scheduled through the outage', slug: 'scheduled-through-the-outage', excerpt: 'Published once the database is back.', content: editorState([paragraph('Published once.')]), _status: 'draft' }, base)
    expect(draft.status).toBe(201)
    await payload.jobs.queue({ task: 'schedulePublish', input: { type: 'publish', doc: { relationTo: 'articles', value: draft.json.doc.id } }, waitUntil: new Date(Date.now() + OUTAGE_STARTS_MS + 1000) })

    const started = Date.now()
    const running = () => Date.now() - started < RUN_MS
    const cached: Sample[] = []
    const uncached: Sample[] = []
    const writes: (Sample & { slug: string; key: string; send: () => Promise<Sample> })[] = []
    const outage = (async () => {
      await new Promise((resolve) => setTimeout(resolve, OUTAGE_STARTS_MS))
      await proxy.cut()
      await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS))
      await proxy.restore()
    })()
    const loop = async (work: (n: number) => Promise<void>) => {
      for (let n = 0; running(); n++) await work(n)
    }
    await Promise.all([
      outage,
      ...[0, 1].map((worker) => loop(async (n) => void cached.push(await sample(base + cachedPaths[(n + worker) % cachedPaths.length], started)))),
      loop(async (n) => void uncached.push(await sample(`${base}/search?q=hip&n=${n}`, started))),
      loop(async (n) => {
        const slug = `written-under-load-${n}`
        const body = JSON.stringify({ title: `Written under load ${n}`, slug, excerpt: 'Load.', content: editorState([paragraph('Under load.')]), _status: 'published' })
        // Each write carries its own Idempotency-Key, so that it can be sent again safely.
        const key = randomUUID()
        const headers = { 'content-type': 'application/json', authorization: editor, 'idempotency-key': key }
        const send = () => sample(`${base}/api/articles`, started, { method: 'POST', headers, body })
        writes.push({ ...(await send()), slug, key, send })
        await new Promise((resolve) => setTimeout(resolve, 100))
      }),
    ])

    // Recovery: the first uncached page that works again, counted from the database's return.
    const back = OUTAGE_STARTS_MS + OUTAGE_MS
    let recoveredAt = uncached.find((s) => s.at >= back && s.status === 200)?.at
    while (recoveredAt === undefined && Date.now() - started < back + 10_000) {
      const s = await sample(`${base}/search?q=hip&after=1`, started)
      if (s.status === 200) recoveredAt = s.at
    }
    const report = {
      cached: { requests: cached.length, non200: cached.filter((s) => s.status !== 200).length, failing: [...new Set(cached.filter((s) => s.status !== 200).map((s) => `${s.status} ${new URL(s.url).pathname}`))] },
      uncachedDuringOutage: { requests: uncached.filter(duringOutage).length, statuses: [...new Set(uncached.filter(duringOutage).map((s) => s.status))], slowestMs: Math.round(Math.max(0, ...uncached.filter(duringOutage).map((s) => s.ms))) },
      recoveredMsAfterDatabaseReturned: recoveredAt === undefined ? null : recoveredAt - back,
      writes: { acknowledged: writes.filter((w) => w.status === 201).length, refused: writes.filter((w) => w.status !== 201).map((w) => w.status), firstRefusal: writes.find((w) => w.status !== 201)?.body.slice(0, 300) },
    }
    console.log(`[outage] ${JSON.stringify(report)}`)

    expect(report.cached.non200).toBe(0)
    expect(report.uncachedDuringOutage.requests).toBeGreaterThan(0)
    for (const s of uncached.filter(duringOutage)) {
      expect(s.ms).toBeLessThan(2500)
      // A page that cannot be rendered is the app server's calm 503 (lib/server/page-cache.ts), never Next's 500.
      expect([200, 503]).toContain(s.status)
      if (s.status === 503) expect({ retryAfter: s.retryAfter, calm: s.body.includes('Back in a moment') }).toEqual({ retryAfter: '5', calm: true })
      if (s.status !== 200) expect(s.body).not.toMatch(STACK_TRACE)
    }
    expect(report.recoveredMsAfterDatabaseReturned).not.toBeNull()
    expect(report.recoveredMsAfterDatabaseReturned!).toBeLessThan(5000)

    // Every acknowledged write is there with its key; every refused one is there whole or not at all.
    const client = new pg.Client({ connectionString: database.url })
    await client.connect()
    try {
      const slugs = writes.map((w) => w.slug)
      const stored = new Set((await client.query<{ slug: string }>('SELECT slug FROM articles WHERE slug = ANY($1)', [slugs])).rows.map((row) => row.slug))
      const versioned = new Set((await client.query<{ slug: string }>('SELECT version_slug AS slug FROM _articles_v WHERE version_slug = ANY($1)', [slugs])).rows.map((row) => row.slug))
      const missing = writes.filter((w) => w.status === 201 && !stored.has(w.slug))
      if (missing.length) {
        const like = (await client.query<{ slug: string; title: string }>("SELECT slug, title FROM articles WHERE title LIKE 'Written under load%' ORDER BY id")).rows
        console.log(`[outage] acknowledged but missing: ${JSON.stringify(missing.map((w) => ({ slug: w.slug, at: w.at, body: w.body.slice(0, 200) })))}; stored: ${JSON.stringify(like)}`)
      }
      const keyed = new Set((await client.query<{ key: string }>("SELECT substring(scope from '[^:]+$') AS key FROM idempotency_keys WHERE document IS NOT NULL")).rows.map((row) => row.key))
      for (const write of writes) {
        const state = { slug: write.slug, stored: stored.has(write.slug), versioned: versioned.has(write.slug), keyed: keyed.has(write.key) }
        if (write.status === 201) expect(state).toEqual({ slug: write.slug, stored: true, versioned: true, keyed: true })
        else {
          // Refused: nothing at all was written, or (its COMMIT went through and the answer was
          // lost on the way) the whole document with its key; never half of it.
          expect([{ ...state, stored: false, versioned: false, keyed: false }, { ...state, stored: true, versioned: true, keyed: true }]).toContainEqual(state)
          if (write.status === 503) expect(write.retryAfter).toBe('5')
        }
      }
      // Sent again with its key, each refused write is created exactly once: anew when nothing
      // was stored, and answered with the stored document when its answer had been lost.
      for (const write of writes.filter((w) => w.status !== 201)) {
        const retry = await write.send()
        expect({ slug: write.slug, status: retry.status, replayed: retry.replayed }).toEqual({ slug: write.slug, status: 201, replayed: stored.has(write.slug) })
      }
      expect(Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM articles WHERE slug = ANY($1)', [slugs])).rows[0].n)).toBe(writes.length)
      expect(writes.some((w) => w.status !== 201 && duringOutage(w))).toBe(true)

      // The publish scheduled inside the outage happens once, after it.
      const deadline = Date.now() + 15_000
      let published = 0
      while (Date.now() < deadline) {
        published = Number((await client.query<{ n: string }>("SELECT count(*) AS n FROM _articles_v WHERE parent_id = $1 AND version__status = 'published'", [draft.json.doc.id])).rows[0].n)
        if (published > 0) break
        await new Promise((resolve) => setTimeout(resolve, 250))
      }
      await new Promise((resolve) => setTimeout(resolve, 2500))
      expect(Number((await client.query<{ n: string }>("SELECT count(*) AS n FROM _articles_v WHERE parent_id = $1 AND version__status = 'published'", [draft.json.doc.id])).rows[0].n)).toBe(1)
      expect((await client.query<{ status: string }>('SELECT _status AS status FROM articles WHERE id = $1', [draft.json.doc.id])).rows[0].status).toBe('published')
    } finally {
      await client.end()
    }
  }, 120_000)

  it('tells a client whose create was committed but not answered about that document when it sends the create again', async () => {
    const base = instance.url
    const editor = await loginWhenReady(base)
    const slug = `committed-but-unanswered-${Date.now().toString(36)}`
    const body = JSON.stringify({ title: 'Committed but unanswered', slug, excerpt: 'Its answer was lost.', content: editorState([paragraph('Stored once.')]), _status: 'published' })
    const key = randomUUID()
    const send = () => fetch(`${base}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: editor, 'idempotency-key': key }, body })
    const lost = proxy.loseCommitAnswerAfter(/insert into "articles"/i)
    const first = await send()
    await lost
    // PostgreSQL committed; the app heard nothing back, so it cannot say "created".
    expect(first.status).toBe(503)
    const client = new pg.Client({ connectionString: database.url })
    await client.connect()
    try {
      const rows = async () => (await client.query<{ id: number }>('SELECT id FROM articles WHERE slug = $1', [slug])).rows
      const [stored] = await rows()
      expect(stored).toBeDefined()
      const again = await send()
      expect({ status: again.status, replayed: again.headers.get('idempotent-replayed') }).toEqual({ status: 201, replayed: 'true' })
      expect(((await again.json()) as { doc: { id: number } }).doc.id).toBe(stored!.id)
      expect(await rows()).toHaveLength(1)
    } finally {
      await client.end()
    }
  }, 60_000)
})
