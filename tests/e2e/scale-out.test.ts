import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createClient } from '@redis/client'

import { editorState, paragraph } from '@/lib/richtext/build'

import { api, loginAs, timeUntilPage } from '../helpers/api'
import { startAppInstance, type AppInstance } from '../helpers/app-instance'
import { e2eSkipReason } from '../helpers/browser'
import { E2E_PASSWORD } from '../helpers/e2e-setup'

/** A Redis database of its own (emptied first), so no earlier run's pages are in it. */
const REDIS_URL = process.env.E2E_REDIS_URL ?? 'redis://127.0.0.1:6379/7'

async function emptyRedis(): Promise<string | null> {
  const client = createClient({ url: REDIS_URL, socket: { connectTimeout: 2000, reconnectStrategy: false } })
  client.on('error', () => {})
  try {
    await client.connect()
    await client.flushDb()
    return null
  } catch (error) {
    return `no Redis at ${REDIS_URL} (${(error as Error).message}); start one: redis-server --daemonize yes --save "" --appendonly no`
  } finally {
    await client.close().catch(() => {})
  }
}

const redisMissing = e2eSkipReason() ? null : await emptyRedis()
if (redisMissing && process.env.CI === 'true') throw new Error(redisMissing)
const describeScaleOut = e2eSkipReason() || redisMissing ? describe.skip : describe

describeScaleOut('two instances over one database, sharing the cache in Redis', () => {
  let first: AppInstance
  let second: AppInstance

  beforeAll(async () => {
    ;[first, second] = await Promise.all([startAppInstance('instance-a', { REDIS_URL }), startAppInstance('instance-b', { REDIS_URL })])
  }, 90_000)

  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()])
  })

  it('are both ready, and say that they reach Redis', async () => {
    for (const instance of [first, second]) {
      const response = await fetch(`${instance.url}/api/health/ready`)
      expect(response.status).toBe(200)
      expect(await response.json()).toMatchObject({ status: 'ok', redis: 'reachable', migrations: 'current' })
    }
  })

  it('show a publish through one instance on the other within a second', async () => {
    const editor = await loginAs('editor@bthemethod.test', E2E_PASSWORD, first.url)
    const slug = `shared-cache-${Date.now()}`
    const created = await api<{ doc: { id: number } }>('POST', '/articles', editor, {
      title: 'Shared cache, first title',
      slug,
      excerpt: 'An article that only the scale-out test reads.',
      content: editorState([paragraph('One cache for every instance.')]),
      _status: 'published',
    }, first.url)
    expect(created.status).toBe(201)
    try {
      // The page that instance A rendered is in the cache of instance B, which never rendered it.
      expect(await timeUntilPage(`/blog/${slug}`, (html) => html.includes('Shared cache, first title'), 5000, first.url)).toBeLessThan(5000)
      const fromB = await fetch(`${second.url}/blog/${slug}`)
      expect(fromB.headers.get('x-nextjs-cache')).toBe('HIT')
      expect(await fromB.text()).toContain('Shared cache, first title')

      const published = await api('PATCH', `/articles/${created.json.doc.id}`, editor, { title: 'Shared cache, second title', _status: 'published' }, first.url)
      expect(published.status).toBe(200)
      const elapsed = await timeUntilPage(`/blog/${slug}`, (html) => html.includes('Shared cache, second title'), 5000, second.url)
      console.log(`[scale-out] the publish through instance A showed on instance B after ${Math.round(elapsed)} ms`)
      expect(elapsed).toBeLessThan(1000)
      expect(await timeUntilPage('/blog', (html) => html.includes('Shared cache, second title'), 1000, second.url)).toBeLessThan(1000)
    } finally {
      await api('DELETE', `/articles/${created.json.doc.id}`, editor, undefined, first.url)
    }
  })
})
