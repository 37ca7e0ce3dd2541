/** @jest-environment node */
import { afterEach, describe, expect, it } from '@jest/globals'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'

import { PageCache, servePages, sharedPageKey } from '@/lib/server/page-cache'
import { UNAVAILABLE_PAGE_HTML } from '@/lib/server/unavailable-page'

const SHARED = 's-maxage=31536000'
const unavailable = { html: UNAVAILABLE_PAGE_HTML, retryAfterSeconds: 5 }

type State = { renders: number; status: number; cacheControl: string; body: string; cookie: string | null; compress: boolean; nextCache: string | null }

/** A stand-in for Next: counts its renders and answers with what the test sets. */
function fakeNext() {
  const state: State = {
    renders: 0,
    status: 200,
    cacheControl: SHARED,
    body: 'first version',
    cookie: null,
    compress: false,
    nextCache: null,
  }
  const answer = (request: IncomingMessage, response: ServerResponse, state: State) => {
    response.statusCode = state.status
    response.setHeader('content-type', 'text/html; charset=utf-8')
    response.setHeader('cache-control', state.cacheControl)
    response.setHeader('etag', `"${state.body.length}-${state.body}"`.replace(/\s/g, '-'))
    if (state.cookie) response.setHeader('set-cookie', state.cookie)
    if (state.nextCache) response.setHeader('x-nextjs-cache', state.nextCache)
    if (state.compress && /gzip/.test(String(request.headers['accept-encoding']))) {
      response.setHeader('content-encoding', 'gzip')
      response.end(gzipSync(state.body))
      return
    }
    // Two writes, as a streamed render would send them.
    response.write(state.body.slice(0, 3))
    response.end(state.body.slice(3))
  }
  const handler = (request: IncomingMessage, response: ServerResponse) => {
    state.renders += 1
    answer(request, response, state)
  }
  return { state, handler, answer }
}

let server: Server | undefined
afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined))
  server = undefined
})

let requestsArrived = 0

async function serve(handler: (request: IncomingMessage, response: ServerResponse) => unknown): Promise<string> {
  requestsArrived = 0
  server = createServer((request, response) => {
    requestsArrived += 1
    void handler(request, response)
  })
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`
}

async function get(url: string, headers: Record<string, string> = {}, method = 'GET') {
  const response = await fetch(url, { headers, method })
  return { status: response.status, headers: response.headers, body: await response.text() }
}

describe('the page cache in front of Next', () => {
  it('answers a shared page from the cache after the first visit, byte for byte', async () => {
    const next = fakeNext()
    const url = await serve(servePages(next.handler, new PageCache(), unavailable))
    const first = await get(`${url}/blog/hip`)
    const second = await get(`${url}/blog/hip`)
    expect(next.state.renders).toBe(1)
    expect(second).toMatchObject({ status: 200, body: first.body })
    expect(second.headers.get('x-page-cache')).toBe('hit')
    expect(second.headers.get('cache-control')).toBe(first.headers.get('cache-control'))
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'))
    expect(second.headers.get('content-length')).toBe(String(Buffer.byteLength(first.body)))
  })

  it('keeps what Next compressed, once, and never hands it to a client that did not ask for it', async () => {
    const next = fakeNext()
    next.state.compress = true
    const url = await serve(servePages(next.handler, new PageCache(), unavailable))
    const gzip = { 'accept-encoding': 'gzip, deflate, br' }
    await get(`${url}/`, gzip)
    const compressed = await fetch(`${url}/`, { headers: gzip })
    expect(compressed.headers.get('content-encoding')).toBe('gzip')
    expect(await compressed.text()).toBe('first version')
    expect(next.state.renders).toBe(1)
    const plain = await get(`${url}/`, { 'accept-encoding': 'identity' })
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect(plain.body).toBe('first version')
    expect(next.state.renders).toBe(2)
  })

  it('keeps a missing page that Next serves from its cache, and answers it as a 404 again', async () => {
    const next = fakeNext()
    next.state.status = 404
    next.state.body = 'We could not find that page'
    next.state.nextCache = 'HIT'
    const url = await serve(servePages(next.handler, new PageCache(), unavailable))
    const first = await get(`${url}/wp-login.php`)
    const again = await get(`${url}/wp-login.php`)
    expect(next.state.renders).toBe(1)
    expect(again).toMatchObject({ status: 404, body: first.body })
    expect(again.headers.get('x-page-cache')).toBe('hit')
    // Never a 304 for it: a browser has no copy of a 404 to reuse.
    expect((await get(`${url}/wp-login.php`, { 'if-none-match': first.headers.get('etag')! })).status).toBe(404)
  })

  it('leaves a 404 that Next rendered for one request (a preview) and other errors to Next', async () => {
    const next = fakeNext()
    next.state.status = 404
    next.state.cacheControl = 'private, no-cache, no-store, max-age=0, must-revalidate'
    const url = await serve(servePages(next.handler, new PageCache(), unavailable))
    await get(`${url}/blog/draft`)
    expect((await get(`${url}/blog/draft`)).status).toBe(404)
    expect(next.state.renders).toBe(2)
    next.state.status = 410
    next.state.cacheControl = SHARED
    await get(`${url}/gone`)
    await get(`${url}/gone`)
    expect(next.state.renders).toBe(4)
  })

  it('answers a conditional visit with 304 from the stored ETag, and HEAD without a body', async () => {
    const next = fakeNext()
    const url = await serve(servePages(next.handler, new PageCache(), unavailable))
    const first = await get(`${url}/studio`)
    const revisit = await get(`${url}/studio`, { 'if-none-match': first.headers.get('etag')! })
    expect(revisit).toMatchObject({ status: 304, body: '' })
    expect(revisit.headers.get('etag')).toBe(first.headers.get('etag'))
    const head = await get(`${url}/studio`, {}, 'HEAD')
    expect(head).toMatchObject({ status: 200, body: '' })
    expect(next.state.renders).toBe(1)
  })

  it('asks Next again once the page is a second old, or as soon as something is published', async () => {
    let now = 1_000_000
    const cache = new PageCache({ now: () => now, settleMs: 0 })
    const next = fakeNext()
    const url = await serve(servePages(next.handler, cache, unavailable))
    await get(`${url}/blog`)
    next.state.body = 'second version'
    now += 999
    expect((await get(`${url}/blog`)).body).toBe('first version')
    now += 1
    expect((await get(`${url}/blog`)).body).toBe('second version')
    next.state.body = 'third version'
    cache.forget()
    expect((await get(`${url}/blog`)).body).toBe('third version')
    expect(next.state.renders).toBe(3)
  })

  it('keeps a page Next has just rendered once Next answers it from its own cache', async () => {
    const next = fakeNext()
    next.state.nextCache = 'MISS'
    const url = await serve(servePages(next.handler, new PageCache(), unavailable))
    await get(`${url}/exercises?area=hips`)
    next.state.nextCache = 'HIT'
    expect((await get(`${url}/exercises?area=hips`)).headers.get('x-nextjs-cache')).toBe('HIT')
    const replayed = await get(`${url}/exercises?area=hips`)
    expect(replayed.headers.get('x-page-cache')).toBe('hit')
    expect(replayed.headers.get('x-nextjs-cache')).toBe('HIT')
    expect(next.state.renders).toBe(2)
  })

  it('replays a search, rendered per request and the same for every visitor, for its second; browsers are still told not to keep it', async () => {
    const next = fakeNext()
    next.state.cacheControl = 'private, no-cache, no-store, max-age=0, must-revalidate'
    const handler = servePages(next.handler, new PageCache(), unavailable)
    const url = await serve((request, response) => {
      // Next sends no ETag with a page it renders per request.
      const setHeader = response.setHeader.bind(response)
      response.setHeader = ((name: string, value: never) => (name === 'etag' ? response : setHeader(name, value))) as never
      return handler(request, response)
    })
    await get(`${url}/search?q=hip`)
    const replayed = await get(`${url}/search?q=hip`)
    expect(replayed.headers.get('x-page-cache')).toBe('hit')
    expect(replayed.headers.get('cache-control')).toBe(next.state.cacheControl)
    expect(replayed.body).toBe('first version')
    expect(next.state.renders).toBe(1)
    // Another query is its own page; so is a conditional request, answered in full without an ETag.
    await get(`${url}/search?q=breath`)
    expect((await get(`${url}/search?q=hip`, { 'if-none-match': '*' })).status).toBe(200)
    expect(next.state.renders).toBe(2)

    // Other pages marked private are one visitor's own, and so is anything that sets a cookie.
    await get(`${url}/account`)
    await get(`${url}/account`)
    expect(next.state.renders).toBe(4)
    next.state.cookie = 'flash=1'
    await get(`${url}/search?q=ball`)
    expect((await get(`${url}/search?q=ball`)).headers.get('x-page-cache')).toBeNull()
    expect(next.state.renders).toBe(6)
  })

  it('does not store a render that began before a publish', async () => {
    const cache = new PageCache({ settleMs: 0 })
    const next = fakeNext()
    // The publish lands while Next is still answering with the old page.
    const url = await serve(servePages((request, response) => {
      cache.forget()
      next.handler(request, response)
    }, cache, unavailable))
    await get(`${url}/blog`)
    expect(cache.size).toBe(0)
  })

  it.each([
    ['one visitor\'s answer', '/studio', { cacheControl: 'private, no-cache, no-store, max-age=0, must-revalidate' }],
    ['an answer that sets a cookie', '/search?q=hip', { cookie: 'theme=calm' }],
    ['a search or listing page that is not found', '/search?q=hip', { status: 404 }],
  ])('never stores %s', async (_, path, answer) => {
    const next = fakeNext()
    Object.assign(next.state, answer)
    const url = await serve(servePages(next.handler, new PageCache(), unavailable))
    await get(`${url}${path}`)
    const again = await get(`${url}${path}`)
    expect(next.state.renders).toBe(2)
    expect(again.headers.get('x-page-cache')).toBeNull()
  })

  it.each([
    ['a signed-in editor', '/blog', { cookie: 'payload-token=abc' }],
    ['draft mode', '/blog', { cookie: 'theme=calm; __prerender_bypass=1' }],
    ['a share link', '/blog?share=abc', {}],
    ['an API client', '/api/articles', {}],
    ['the admin', '/admin', {}],
    ['a client navigation', '/blog', { rsc: '1' }],
    ['a request with credentials', '/blog', { authorization: 'Bearer abc' }],
  ])('sends %s straight to Next', async (_, path, headers) => {
    const next = fakeNext()
    const url = await serve(servePages(next.handler, new PageCache(), unavailable))
    await get(`${url}${path}`, headers)
    await get(`${url}${path}`, headers)
    expect(next.state.renders).toBe(2)
  })

  it('answers a failing page with its last good copy, or else a calm 503 that says when to try again', async () => {
    let now = 1_000_000
    const next = fakeNext()
    const url = await serve(servePages(next.handler, new PageCache({ now: () => now }), unavailable))
    const good = await get(`${url}/blog/hip`)
    now += 60_000
    next.state.status = 500
    next.state.body = 'Error: connect ECONNREFUSED 127.0.0.1:5432 at node_modules/pg/lib/client.js:1:1'
    const stale = await get(`${url}/blog/hip`)
    expect(stale).toMatchObject({ status: 200, body: good.body })
    expect(stale.headers.get('x-page-cache')).toBe('stale')

    const neverSeen = await get(`${url}/blog/new`)
    expect(neverSeen.status).toBe(503)
    expect(neverSeen.headers.get('retry-after')).toBe('5')
    expect(neverSeen.headers.get('cache-control')).toBe('no-store')
    expect(neverSeen.body).toContain('Back in a moment')
    expect(neverSeen.body).not.toMatch(/ECONNREFUSED|node_modules/)
  })

  it('leaves the API\'s own errors to the API', async () => {
    const next = fakeNext()
    next.state.status = 503
    next.state.body = '{"errors":[{"message":"The site is not reachable right now."}]}'
    const url = await serve(servePages(next.handler, new PageCache(), unavailable))
    expect(await get(`${url}/api/articles`)).toMatchObject({ status: 503, body: next.state.body })
  })

  describe('when many visitors ask for a page at once', () => {
    /** Next, held: each render waits until the test lets it answer. */
    function heldNext() {
      const next = fakeNext()
      const waiting: Array<() => void> = []
      const handler = (request: IncomingMessage, response: ServerResponse) => {
        next.state.renders += 1
        const asAtStart = { ...next.state }
        waiting.push(() => next.answer(request, response, asAtStart))
      }
      const rendersStarted = async (count: number) => {
        await until(() => waiting.length >= count)
        expect(waiting.length).toBe(count)
      }
      const answerAll = () => waiting.splice(0).forEach((answer) => answer())
      return { next, handler, rendersStarted, answerAll }
    }
    async function until(condition: () => boolean) {
      for (let tries = 0; !condition() && tries < 400; tries += 1) await new Promise((resolve) => setTimeout(resolve, 5))
    }
    /** Every request sent so far has reached the page cache (which decides at once whether it waits). */
    const allArrived = (count: number) => until(() => requestsArrived >= count)
    const visitors = (url: string, count: number) => Promise.all(Array.from({ length: count }, () => get(url)))

    it('renders a page nobody has seen once, and gives every visitor that render', async () => {
      const held = heldNext()
      const url = await serve(servePages(held.handler, new PageCache(), unavailable))
      const answers = visitors(`${url}/blog/hip`, 8)
      await allArrived(8)
      await held.rendersStarted(1)
      held.answerAll()
      const all = await answers
      expect(held.next.state.renders).toBe(1)
      expect(all.map((answer) => [answer.status, answer.body])).toEqual(Array(8).fill([200, 'first version']))
      expect(all.filter((answer) => answer.headers.get('x-page-cache') === 'hit')).toHaveLength(7)
    })

    it('answers from the copy that just expired while one visitor waits for the new one', async () => {
      let now = 1_000_000
      const held = heldNext()
      const url = await serve(servePages(held.handler, new PageCache({ now: () => now }), unavailable))
      const first = get(`${url}/search?q=hip`)
      await held.rendersStarted(1)
      held.answerAll()
      await first
      now += 1500
      held.next.state.body = 'second version'
      const renewing = get(`${url}/search?q=hip`)
      await held.rendersStarted(1)
      const meanwhile = await visitors(`${url}/search?q=hip`, 5)
      expect(meanwhile.map((answer) => [answer.body, answer.headers.get('x-page-cache')])).toEqual(Array(5).fill(['first version', 'revalidating']))
      held.answerAll()
      expect((await renewing).body).toBe('second version')
      expect((await get(`${url}/search?q=hip`)).body).toBe('second version')
      expect(held.next.state.renders).toBe(2)
    })

    it('never answers with a copy from before a publish: the visitors wait for the new render instead', async () => {
      const cache = new PageCache({ settleMs: 0 })
      const held = heldNext()
      const url = await serve(servePages(held.handler, cache, unavailable))
      const first = get(`${url}/blog`)
      await held.rendersStarted(1)
      held.answerAll()
      await first
      cache.forget()
      held.next.state.body = 'published version'
      const answers = visitors(`${url}/blog`, 4)
      await allArrived(5)
      await held.rendersStarted(1)
      held.answerAll()
      expect((await answers).map((answer) => answer.body)).toEqual(Array(4).fill('published version'))
      expect(held.next.state.renders).toBe(2)
    })

    it('gives the visitors who waited for a failing render the same calm 503, at once', async () => {
      const held = heldNext()
      held.next.state.status = 500
      held.next.state.body = 'Error: connect ECONNREFUSED 127.0.0.1:5432'
      const url = await serve(servePages(held.handler, new PageCache(), unavailable))
      const answers = visitors(`${url}/blog/new`, 5)
      await allArrived(5)
      await held.rendersStarted(1)
      held.answerAll()
      const all = await answers
      expect(held.next.state.renders).toBe(1)
      expect(all.map((answer) => [answer.status, answer.headers.get('retry-after')])).toEqual(Array(5).fill([503, '5']))
      expect(all.every((answer) => answer.body.includes('Back in a moment'))).toBe(true)
    })

    it('lets each visitor\'s own page render for that visitor, without queueing behind the others', async () => {
      const held = heldNext()
      held.next.state.cacheControl = 'private, no-cache, no-store, max-age=0, must-revalidate'
      const url = await serve(servePages(held.handler, new PageCache(), unavailable))
      const first = visitors(`${url}/studio`, 3)
      await allArrived(3)
      await held.rendersStarted(1)
      held.answerAll()
      // The two who waited learn the page is not shared and ask Next themselves.
      await held.rendersStarted(2)
      held.answerAll()
      expect((await first).map((answer) => answer.headers.get('x-page-cache'))).toEqual([null, null, null])
      // For the next second nobody waits: all four render side by side.
      const later = visitors(`${url}/studio`, 4)
      await held.rendersStarted(4)
      held.answerAll()
      await later
      expect(held.next.state.renders).toBe(7)
    })
  })

  it('keeps within its memory budget by dropping the least recently used pages', () => {
    const cache = new PageCache({ maxBytes: 250, maxPageBytes: 200 })
    const page = (text: string) => ({ status: 200, headers: {}, body: Buffer.from(text), etag: '"x"' })
    cache.store('a', page('a'.repeat(100)), 0)
    cache.store('b', page('b'.repeat(100)), 0)
    expect(cache.fresh('a')).not.toBeNull()
    cache.store('c', page('c'.repeat(100)), 0)
    expect([cache.fresh('a') !== null, cache.fresh('b') !== null, cache.fresh('c') !== null]).toEqual([true, false, true])
    cache.store('huge', page('h'.repeat(201)), 0)
    expect(cache.fresh('huge')).toBeNull()
  })

  it('keys a page by its address and the encodings the client accepts', () => {
    const request = (url: string, headers: Record<string, string> = {}, method = 'GET') => ({ url, method, headers: { host: 'bthemethod.test', ...headers } }) as unknown as IncomingMessage
    expect(sharedPageKey(request('/blog?page=2', { 'accept-encoding': 'gzip' }))).toBe('http://bthemethod.test/blog?page=2\ngzip')
    expect(sharedPageKey(request('/blog', {}, 'POST'))).toBeNull()
    expect(sharedPageKey(request('/_next/static/chunks/app.js'))).toBeNull()
    expect(sharedPageKey(request('/blog?_rsc=abc'))).toBeNull()
  })
})
