import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

import { answerUnavailable, replay, watch, type RenderOutcome, type UnavailablePage } from './page-replies'

/**
 * The app server's own micro-cache of public pages, in front of Next (scripts/serve.ts):
 * what the caching proxy (deploy/nginx/proxy.conf.template) does, for every deployment.
 *
 * Next answers a page from its full-route cache in about 1.5 ms of CPU (routing, header
 * rules, its cache lookup) and gzips it again for every request: on two cores that is
 * 0.13-0.22 of what nginx serves of the same bytes. Here an answer that Next marks as
 * shared (`s-maxage`, no cookie, an ETag) is kept for a second, byte for byte as it went
 * out (compressed once, for each Accept-Encoding a client sends), and replayed without
 * entering Next; a conditional request gets a 304 from the stored ETag. Search and the
 * libraries' rarer filter choices, which Next renders per request, are replayed the same
 * way for their second (PUBLIC_PER_REQUEST_PAGES), still marked private for browsers.
 *
 * Freshness: a publish on this instance forgets every page at once (`forgetServedPages`,
 * called where cache tags are expired); other instances hear of it through Redis when
 * there is one (scripts/serve.ts), and otherwise within the second.
 *
 * Misses are merged: while Next renders a page, other requests for it get the copy that
 * has just expired (stale-while-revalidate, for up to `revalidateMs`, never across a
 * publish), or else wait for that one render and get its answer. Without this, every
 * connection that asked in the moment a page expired went to Next at once: for search,
 * which Next renders per request at about 80 a second, that was the 0.5 s tail of p99.
 *
 * Faults: when Next answers a page with a 5xx (the database is away, say), the visitor gets
 * the last good copy (up to a day old), or else a calm "Back in a moment" page: 503 with
 * `Retry-After`, never a stack trace.
 */

export type StoredPage = {
  /** 200, or 404 for a missing page Next serves from its cache like any other. */
  status: number
  headers: OutgoingHttpHeaders
  body: Buffer
  /** Null for a per-request page, which browsers do not keep and so never ask about. */
  etag: string | null
  storedAt: number
  generation: number
}

export type PageCacheOptions = {
  /** How long a stored page is answered without asking Next. */
  freshMs?: number
  /** How long a stored page may stand in for a failing one. */
  staleMs?: number
  /** After a publish: how long nothing is stored (a render that raced the tag expiry). */
  settleMs?: number
  /** How long past freshMs an expired copy is answered while Next renders its successor. */
  revalidateMs?: number
  /** How long a request waits for another's render of the same page before asking Next itself. */
  waitMs?: number
  maxBytes?: number
  maxPageBytes?: number
  now?: () => number
}

export class PageCache {
  readonly freshMs: number
  readonly staleMs: number
  readonly settleMs: number
  readonly revalidateMs: number
  readonly waitMs: number
  readonly maxBytes: number
  readonly maxPageBytes: number
  private readonly now: () => number
  // A Map keeps insertion order: re-inserting on use makes the first key the least recently used.
  private readonly pages = new Map<string, StoredPage>()
  private bytes = 0
  private storesFrom = 0
  generation = 0

  constructor(options: PageCacheOptions = {}) {
    this.freshMs = options.freshMs ?? 1000
    this.staleMs = options.staleMs ?? 24 * 60 * 60 * 1000
    this.settleMs = options.settleMs ?? 500
    this.revalidateMs = options.revalidateMs ?? 10_000
    this.waitMs = options.waitMs ?? 10_000
    this.maxBytes = options.maxBytes ?? 64 * 1024 * 1024
    this.maxPageBytes = options.maxPageBytes ?? 2 * 1024 * 1024
    this.now = options.now ?? Date.now
  }

  /** A page to answer with as it is: stored within freshMs and since the last publish. */
  fresh(key: string): StoredPage | null {
    const page = this.pages.get(key)
    if (!page || page.generation !== this.generation || this.now() - page.storedAt >= this.freshMs) return null
    this.pages.delete(key)
    this.pages.set(key, page)
    return page
  }

  /** A copy that expired a moment ago, with nothing published since: to answer while its successor renders. */
  revalidating(key: string): StoredPage | null {
    const page = this.pages.get(key)
    return page && page.generation === this.generation && this.now() - page.storedAt < this.freshMs + this.revalidateMs ? page : null
  }

  /** The last good copy, whatever was published since: only for standing in for an error. */
  stale(key: string): StoredPage | null {
    const page = this.pages.get(key)
    return page && this.now() - page.storedAt < this.staleMs ? page : null
  }

  /** Whether an answer that began at `generation` may be stored now. */
  accepts(generation: number, bytes: number): boolean {
    return generation === this.generation && this.now() >= this.storesFrom && bytes <= this.maxPageBytes
  }

  /** Keeps the page unless a publish came after its render began; says whether it did. */
  store(key: string, page: Omit<StoredPage, 'storedAt' | 'generation'>, generation: number): boolean {
    if (!this.accepts(generation, page.body.length)) return false
    this.drop(key)
    this.pages.set(key, { ...page, storedAt: this.now(), generation })
    this.bytes += page.body.length
    for (const [oldest] of this.pages) {
      if (this.bytes <= this.maxBytes) break
      this.drop(oldest)
    }
    return this.pages.has(key)
  }

  /** Something was published: no stored page is answered as fresh again, and none is stored for settleMs. */
  forget(): void {
    this.generation += 1
    this.storesFrom = this.now() + this.settleMs
  }

  get size(): number {
    return this.pages.size
  }

  private drop(key: string): void {
    const page = this.pages.get(key)
    if (!page) return
    this.bytes -= page.body.length
    this.pages.delete(key)
  }
}

const PASS_THROUGH_PATHS = /^\/(?:admin|api|preview|_next)(?:[/?]|$)/
// The same requests the caching proxy sends straight through (deploy/nginx/proxy.conf.template).
const PRIVATE_COOKIE = /(?:^|[;,]\s*)(?:payload-token|__prerender_bypass|bthm_share)=/
const PRIVATE_QUERY = /[?&](?:secret|token|preview|share|draft|_rsc)=/i
const CLIENT_NAVIGATION_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action']

/**
 * The key a request's answer is kept under, or null when it is one visitor's own: signed
 * in, draft mode, a share or preview link, the admin, the API, Next's client navigations.
 * The Accept-Encoding is part of the key: each kind of client gets the bytes Next made for it.
 */
export function sharedPageKey(request: IncomingMessage): string | null {
  const url = request.url ?? '/'
  if (request.method !== 'GET' && request.method !== 'HEAD') return null
  if (PASS_THROUGH_PATHS.test(url) || PRIVATE_QUERY.test(url)) return null
  const { headers } = request
  if (headers.authorization || PRIVATE_COOKIE.test(headers.cookie ?? '')) return null
  if (CLIENT_NAVIGATION_HEADERS.some((name) => headers[name] !== undefined)) return null
  return `${headers['x-forwarded-proto'] ?? 'http'}://${headers.host ?? ''}${url}\n${headers['accept-encoding'] ?? ''}`
}

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown

type Render = { outcome: Promise<RenderOutcome>; settled: RenderOutcome | null }

/**
 * Wraps Next's request handler: shared pages come from `cache` while fresh; every other
 * answer of a shared request is watched on its way out (its headers once Next has set
 * them, its bytes as they leave) and stored if Next marked it shared, or replaced if it
 * is a 5xx. Streaming is untouched: the bytes are copied, not held back. Only one request
 * per page renders at a time; the others are answered from the copy that just expired,
 * or from that render once it ends.
 */
export function servePages(handler: Handler, cache: PageCache, unavailable: UnavailablePage): Handler {
  const renders = new Map<string, Render>()

  const render = (request: IncomingMessage, response: ServerResponse, key: string) => {
    // HEAD answers are not stored, so a HEAD has nothing to give the requests that would wait for it.
    if (request.method === 'GET') {
      const entry: Render = { outcome: watch(request, response, key, cache, unavailable), settled: null }
      renders.set(key, entry)
      void entry.outcome.then((outcome) => {
        entry.settled = outcome
        const forget = () => renders.get(key) === entry && renders.delete(key)
        if (outcome === 'unshared') setTimeout(forget, cache.freshMs).unref()
        else forget()
      })
    } else void watch(request, response, key, cache, unavailable)
    return handler(request, response)
  }

  return async (request, response) => {
    const key = sharedPageKey(request)
    if (key === null) return handler(request, response)
    const page = cache.fresh(key)
    if (page) return replay(request, response, page, 'hit')
    const inFlight = renders.get(key)
    if (!inFlight) return render(request, response, key)
    if (inFlight.settled === 'unshared') {
      void watch(request, response, key, cache, unavailable)
      return handler(request, response)
    }
    const expired = cache.revalidating(key)
    if (expired) return replay(request, response, expired, 'revalidating')

    const outcome = await waitFor(inFlight.outcome, cache.waitMs)
    if (outcome === 'stored') {
      const rendered = cache.fresh(key)
      if (rendered) return replay(request, response, rendered, 'hit')
    }
    if (outcome === 'failed') {
      const lastGood = cache.stale(key)
      if (lastGood) return replay(request, response, lastGood, 'stale')
      return answerUnavailable(response, unavailable)
    }
    // Waited in vain (the page is not shared, or a publish came between): Next answers it itself.
    void watch(request, response, key, cache, unavailable)
    return handler(request, response)
  }
}

function waitFor(outcome: Promise<RenderOutcome>, waitMs: number): Promise<RenderOutcome> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<RenderOutcome>((resolve) => {
    timer = setTimeout(() => resolve('none'), waitMs)
  })
  return Promise.race([outcome, timeout]).finally(() => clearTimeout(timer))
}

/** Where the app server puts its page cache, so that code in Next's bundles reaches the same one. */
const HOOK = Symbol.for('bthemethod.pageCache')
type Hook = { forget: () => void }

export function installPageCacheHook(hook: Hook): void {
  ;(globalThis as Record<symbol, unknown>)[HOOK] = hook
}

/** Content was published: this instance's page cache (and through it the others') forgets its pages. */
export function forgetServedPages(): void {
  ;((globalThis as Record<symbol, unknown>)[HOOK] as Hook | undefined)?.forget()
}
