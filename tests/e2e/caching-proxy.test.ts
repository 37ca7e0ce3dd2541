/**
 * The caching proxy (deploy/nginx/proxy.conf.template) on Debian's nginx in front of the
 * e2e server, through a hop that counts the requests reaching the app and can be shut.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { gunzipSync } from 'node:zlib'

import { api, loginAs } from '../helpers/api'
import { baseUrl, e2eSkipReason } from '../helpers/browser'
import { E2E_PASSWORD } from '../helpers/e2e-setup'
import { findNginx, GATE_ERROR_BODY, NGINX_INSTALL_HINT, rawRequest, startCachingProxy, startUpstreamGate, type CachingProxy, type RawResponse, type UpstreamGate } from '../helpers/nginx-proxy'

if (!findNginx() && process.env.CI === 'true') throw new Error(NGINX_INSTALL_HINT)
if (!findNginx() && !e2eSkipReason()) console.warn(`${NGINX_INSTALL_HINT}\nThe caching-proxy tests are skipped.`)
const describeWithNginx = e2eSkipReason() || !findNginx() ? describe.skip : describe

// Articles no other e2e test changes: their pages stay the same while this file runs.
const ARTICLE = '/blog/beginners-guide-to-b-the-method'
const PUBLISHED_HERE = 'posture-myths-to-let-go'
const GZIP = { 'accept-encoding': 'gzip' }
const IDENTITY = { 'accept-encoding': 'identity' }
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const cacheStatus = (response: RawResponse) => response.headers['x-cache-status']

describeWithNginx('the caching proxy (nginx) in front of the app', () => {
  let gate: UpstreamGate
  let proxy: CachingProxy
  const viaProxy = (path: string, headers: Record<string, string> = GZIP, method?: string) => rawRequest(proxy.url + path, headers, method)
  /** Asks until the page is a fresh HIT (an expired one is renewed in the background first). */
  const warm = async (path: string) => {
    for (let tries = 0; tries < 40; tries++) {
      if (cacheStatus(await viaProxy(path)) === 'HIT') return
      await sleep(50)
    }
    throw new Error(`${path} never became a cache HIT`)
  }

  beforeAll(async () => {
    gate = await startUpstreamGate(new URL(baseUrl()))
    proxy = await startCachingProxy(gate.hostPort)
  })

  afterAll(async () => {
    await proxy?.stop()
    await gate?.shut()
  })

  it('answers its own health check', async () => {
    const response = await viaProxy('/nginx-health')
    expect(response.status).toBe(200)
    expect(response.body.toString()).toBe('ok\n')
  })

  it('serves the second request of an article from its cache, byte for byte the page the app serves', async () => {
    expect(cacheStatus(await viaProxy(ARTICLE))).toBe('MISS')
    // Another test's publish can re-render the page in between: then compare again.
    let attempt = { hit: await viaProxy(ARTICLE, IDENTITY), direct: await rawRequest(baseUrl() + ARTICLE, IDENTITY) }
    for (let tries = 1; tries < 3 && !attempt.hit.body.equals(attempt.direct.body); tries++) {
      await sleep(2100)
      await warm(ARTICLE)
      attempt = { hit: await viaProxy(ARTICLE, IDENTITY), direct: await rawRequest(baseUrl() + ARTICLE, IDENTITY) }
    }
    expect(cacheStatus(attempt.hit)).toBe('HIT')
    expect(attempt.hit.status).toBe(200)
    expect(attempt.direct.headers['content-encoding']).toBeUndefined()
    expect(attempt.hit.body.length).toBeGreaterThan(1000)
    expect(attempt.hit.body.equals(attempt.direct.body)).toBe(true)
  })

  it('keeps one gzipped copy: gzip clients get it as it is, others get it decompressed', async () => {
    await warm(ARTICLE)
    const gzipped = await viaProxy(ARTICLE, GZIP)
    const plain = await viaProxy(ARTICLE, IDENTITY)
    const noHeader = await viaProxy(ARTICLE, {})
    expect([cacheStatus(gzipped), cacheStatus(plain), cacheStatus(noHeader)]).toEqual(['HIT', 'HIT', 'HIT'])
    expect(gzipped.headers['content-encoding']).toBe('gzip')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(noHeader.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString('utf8')).toMatch(/^<!DOCTYPE html>/i)
    expect(gunzipSync(gzipped.body).equals(plain.body)).toBe(true)
    expect(noHeader.body.equals(plain.body)).toBe(true)
    expect(String(gzipped.headers.vary)).toMatch(/accept-encoding/i)
  })

  it('tells browsers to revalidate cached pages with the ETag, and answers 304 from the cache', async () => {
    await warm(ARTICLE)
    const page = await viaProxy(ARTICLE)
    expect(page.headers['cache-control']).toBe('public, max-age=0, must-revalidate')
    // A CDN in front keeps it a second and serves it stale while it renews (RFC 9213).
    expect(page.headers['cdn-cache-control']).toBe('max-age=1, stale-while-revalidate=59, stale-if-error=86400')
    const etag = page.headers.etag
    expect(etag).toBeTruthy()
    const revalidated = await viaProxy(ARTICLE, { ...GZIP, 'if-none-match': String(etag) })
    expect(revalidated.status).toBe(304)
    expect(cacheStatus(revalidated)).toBe('HIT')
    const head = await viaProxy(ARTICLE, GZIP, 'HEAD')
    expect([head.status, cacheStatus(head), head.body.length]).toEqual([200, 'HIT', 0])
  })

  it('neither serves nor stores pages for signed-in, draft-mode, share-link and preview visitors', async () => {
    const privateVisits: Record<string, string>[] = [
      { cookie: 'payload-token=some.jwt.value' },
      { cookie: 'theme=light; __prerender_bypass=0123456789abcdef' },
      { cookie: 'bthm_share=signed-token' },
      { authorization: 'JWT some.jwt.value' },
    ]
    for (const [index, headers] of privateVisits.entries()) {
      // A fresh URL each time (the page ignores the unknown query): nothing cached for it yet.
      const path = `${ARTICLE}?visit=private-${index}-${Date.now()}`
      const visit = await viaProxy(path, { ...GZIP, ...headers })
      expect({ headers, status: visit.status, cache: cacheStatus(visit) }).toEqual({ headers, status: 200, cache: 'BYPASS' })
      // Had the private visit been stored, the next anonymous one would be a HIT.
      expect({ headers, next: cacheStatus(await viaProxy(path)) }).toEqual({ headers, next: 'MISS' })
    }
    await warm(ARTICLE)
    expect(cacheStatus(await viaProxy(ARTICLE, { ...GZIP, cookie: 'payload-token=x' }))).toBe('BYPASS')
    expect(cacheStatus(await viaProxy(`${ARTICLE}?secret=guess`))).toBe('BYPASS')
    expect(cacheStatus(await viaProxy(ARTICLE, { ...GZIP, rsc: '1' }))).toBe('BYPASS')
  })

  it('passes the admin, the API and previews straight through, never cached, still private', async () => {
    for (const path of ['/admin/login', '/api/users/me', '/api/health/ready', `/preview?path=${ARTICLE}&secret=guess`]) {
      const before = gate.requests(path.split('?')[0])
      const answers = [await viaProxy(path), await viaProxy(path)]
      expect({ path, statuses: answers.map(cacheStatus) }).toEqual({ path, statuses: [undefined, undefined] })
      expect({ path, reachedApp: gate.requests(path.split('?')[0]) - before }).toEqual({ path, reachedApp: 2 })
      for (const answer of answers) {
        expect(answer.headers['cache-control']).toMatch(/private.*no-store|no-store.*private/)
        expect(answer.headers['cdn-cache-control']).toBe('no-store')
      }
    }
  })

  it('micro-caches uploaded images from /api/media/file/', async () => {
    const editor = await loginAs('editor@bthemethod.test', E2E_PASSWORD)
    const { json } = await api<{ docs: { url: string }[] }>('GET', '/media?limit=1&depth=0', editor)
    const imagePath = new URL(json.docs[0].url, baseUrl()).pathname
    expect(imagePath).toMatch(/^\/api\/media\/file\//)
    await warm(imagePath)
    const image = await viaProxy(imagePath)
    expect([image.status, cacheStatus(image)]).toEqual([200, 'HIT'])
  })

  it('lets about one request per page per second through to the app, however many visitors', async () => {
    const path = '/blog'
    await viaProxy(path)
    await sleep(2100) // expired
    const before = gate.requests(path)
    const burst = await Promise.all(Array.from({ length: 40 }, () => viaProxy(path)))
    expect(burst.every((answer) => answer.status === 200)).toBe(true)
    expect(gate.requests(path) - before).toBeLessThanOrEqual(1)

    const started = Date.now()
    const loopStart = gate.requests(path)
    let answered = 0
    while (Date.now() - started < 3000) {
      const answers = await Promise.all(Array.from({ length: 5 }, () => viaProxy(path)))
      answered += answers.filter((answer) => answer.status === 200).length
    }
    expect(answered).toBeGreaterThan(50)
    // 3 s of visitors: one renewal per expiry (a 1 s validity counted in whole seconds).
    expect(gate.requests(path) - loopStart).toBeLessThanOrEqual(4)
  })

  it('shows a published change through the proxy within about two seconds', async () => {
    const editor = await loginAs('editor@bthemethod.test', E2E_PASSWORD)
    const { json } = await api<{ docs: { id: number; title: string }[] }>('GET', `/articles?where[slug][equals]=${PUBLISHED_HERE}&depth=0`, editor)
    const article = json.docs[0]
    const path = `/blog/${PUBLISHED_HERE}`
    await warm(path)

    const newTitle = `Posture Myths ${Date.now()}`
    expect((await api('PATCH', `/articles/${article.id}`, editor, { title: newTitle, _status: 'published' })).status).toBe(200)
    const started = performance.now()
    const statuses = new Set<string>()
    let elapsed = 0
    for (;;) {
      const answer = await viaProxy(path, IDENTITY)
      statuses.add(String(cacheStatus(answer)))
      elapsed = performance.now() - started
      if (answer.body.toString('utf8').includes(newTitle) || elapsed > 6000) break
      await sleep(50)
    }
    await api('PATCH', `/articles/${article.id}`, editor, { title: article.title, _status: 'published' })
    console.log(`[caching-proxy] publish visible through the proxy after ${Math.round(elapsed)} ms (cache statuses seen: ${[...statuses].join(', ')})`)
    // One second of validity (whole seconds, so up to two) plus Next's own re-render.
    expect(elapsed).toBeLessThan(3500)
    // Meanwhile visitors were answered from the cache, not by the app.
    expect([...statuses].some((status) => ['HIT', 'STALE', 'UPDATING'].includes(status))).toBe(true)
  })

  it("answers a page that fails in the app (no cached copy) with its calm 503, never the app's error, and leaves API errors as they are", async () => {
    const page = '/search'
    gate.fail(page, 500)
    gate.fail('/api/topics', 500)
    try {
      const failed = await viaProxy(`${page}?q=breath&n=${Date.now()}`, IDENTITY)
      expect([failed.status, failed.headers['retry-after']]).toEqual([503, '5'])
      expect(failed.body.toString()).toContain('Back in a moment')
      expect(failed.body.toString()).not.toContain(GATE_ERROR_BODY.split('\n')[1].trim())
      const apiError = await viaProxy('/api/topics', IDENTITY)
      expect([apiError.status, apiError.body.toString()]).toEqual([500, GATE_ERROR_BODY])
      // A 404 is the site's own page, not replaced.
      const missing = await viaProxy('/blog/no-such-article-here', IDENTITY)
      expect(missing.status).toBe(404)
      expect(missing.body.toString()).not.toContain('Back in a moment')
    } finally {
      gate.fail(page, null)
      gate.fail('/api/topics', null)
    }
    expect((await viaProxy(`${page}?q=breath&after=1`, IDENTITY)).status).toBe(200)
  })

  it('keeps serving cached pages while the app cannot be reached', async () => {
    await warm(ARTICLE)
    const cached = await viaProxy(ARTICLE, IDENTITY)
    expect(cacheStatus(cached)).toBe('HIT')
    await gate.shut()
    await sleep(2100) // expired, and nothing answers behind the proxy

    const during = await viaProxy(ARTICLE, IDENTITY)
    expect(during.status).toBe(200)
    expect(['STALE', 'UPDATING']).toContain(cacheStatus(during))
    expect(during.body.equals(cached.body)).toBe(true)
    const again = await viaProxy(ARTICLE, GZIP)
    expect([again.status, again.headers['content-encoding']]).toEqual([200, 'gzip'])
    // What is not cached has nothing to fall back on: a calm 503 that says when to try again.
    for (const path of ['/admin/login', `/search?q=hip&n=${Date.now()}`]) {
      const away = await viaProxy(path, IDENTITY)
      expect({ path, status: away.status, retryAfter: away.headers['retry-after'], type: away.headers['content-type'] }).toEqual({ path, status: 503, retryAfter: '5', type: 'text/html' })
      expect(away.body.toString()).toContain('<h1>Back in a moment</h1>')
      expect(away.headers['cache-control']).toBe('no-store')
    }
    // API clients get JSON, as from the app when its database is away.
    const api = await viaProxy('/api/articles?limit=1', IDENTITY)
    expect([api.status, api.headers['retry-after'], api.headers['content-type']]).toEqual([503, '5', 'application/json'])
    expect(JSON.parse(api.body.toString())).toEqual({ errors: [{ message: expect.stringMatching(/try again in a few seconds/) }] })
  })
})
