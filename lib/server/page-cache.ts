import { ServerResponse, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http'

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
 * Faults: when Next answers a page with a 5xx (the database is away, say), the visitor gets
 * the last good copy (up to a day old), or else a calm "Back in a moment" page: 503 with
 * `Retry-After`, never a stack trace.
 */

export type StoredPage = {
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
  maxBytes?: number
  maxPageBytes?: number
  now?: () => number
}

export class PageCache {
  readonly freshMs: number
  readonly staleMs: number
  readonly settleMs: number
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

  /** The last good copy, whatever was published since: only for standing in for an error. */
  stale(key: string): StoredPage | null {
    const page = this.pages.get(key)
    return page && this.now() - page.storedAt < this.staleMs ? page : null
  }

  /** Whether an answer that began at `generation` may be stored now. */
  accepts(generation: number, bytes: number): boolean {
    return generation === this.generation && this.now() >= this.storesFrom && bytes <= this.maxPageBytes
  }

  store(key: string, page: Omit<StoredPage, 'storedAt' | 'generation'>, generation: number): void {
    if (!this.accepts(generation, page.body.length)) return
    this.drop(key)
    this.pages.set(key, { ...page, storedAt: this.now(), generation })
    this.bytes += page.body.length
    for (const [oldest] of this.pages) {
      if (this.bytes <= this.maxBytes) break
      this.drop(oldest)
    }
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

/**
 * Pages that render per request, because their answer depends on the query (search, the
 * libraries' rarer filter choices), and are still the same for every visitor without a
 * session. Next marks them `private, no-store`, and browsers keep being told so; here the
 * answer is replayed while it is fresh, so a burst of one query (a shared search link, a
 * crawler) costs one render a second instead of one per visitor.
 */
const PUBLIC_PER_REQUEST_PAGES = /^\/(?:search|exercises|routines)(?:[?#]|$)/

/**
 * An answer every visitor may get: what Next marks for shared caches, without a cookie,
 * or a public per-request page. A page Next has just rendered (or is re-rendering) is kept
 * once Next answers it from its own cache: what is replayed says `x-nextjs-cache: HIT`
 * because it is.
 */
function isShared(status: number, request: IncomingMessage, response: ServerResponse): boolean {
  if (status !== 200 || response.getHeader('set-cookie') !== undefined) return false
  const cacheControl = String(response.getHeader('cache-control') ?? '')
  const nextCache = response.getHeader('x-nextjs-cache')
  if (nextCache === undefined && PUBLIC_PER_REQUEST_PAGES.test(request.url ?? '')) return true
  return (
    (nextCache === undefined || nextCache === 'HIT') &&
    /\bs-maxage=/.test(cacheControl) &&
    !/\b(?:private|no-store|no-cache)\b/.test(cacheControl) &&
    response.getHeader('etag') !== undefined
  )
}

const NOT_STORED = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length'])
const NOT_IN_304 = new Set(['content-length', 'content-type', 'content-encoding', 'content-language'])

function storableHeaders(response: ServerResponse): OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(response.getHeaders()).filter(([name]) => !NOT_STORED.has(name)))
}

function matchesEtag(ifNoneMatch: string | undefined, etag: string | null): boolean {
  if (!ifNoneMatch || !etag) return false
  const bare = (tag: string) => tag.trim().replace(/^W\//, '')
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag))
}

// The prototype's own methods: Next's compression wraps the instance's, and a replay must not go through them.
const writeHead = ServerResponse.prototype.writeHead as (this: ServerResponse, status: number, headers?: OutgoingHttpHeaders) => ServerResponse
const end = ServerResponse.prototype.end as (this: ServerResponse, body?: Buffer | string) => ServerResponse

function replay(request: IncomingMessage, response: ServerResponse, page: StoredPage, source: 'hit' | 'stale'): void {
  if (matchesEtag(request.headers['if-none-match'], page.etag)) {
    const headers = Object.fromEntries(Object.entries(page.headers).filter(([name]) => !NOT_IN_304.has(name)))
    writeHead.call(response, 304, { ...headers, 'x-page-cache': source })
    end.call(response)
    return
  }
  writeHead.call(response, 200, { ...page.headers, 'content-length': page.body.length, 'x-page-cache': source })
  end.call(response, request.method === 'HEAD' ? undefined : page.body)
}

export type UnavailablePage = { html: string; retryAfterSeconds: number }

function answerUnavailable(response: ServerResponse, page: UnavailablePage): void {
  writeHead.call(response, 503, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'retry-after': String(page.retryAfterSeconds),
    'content-length': Buffer.byteLength(page.html),
  })
  end.call(response, page.html)
}

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown

/**
 * Wraps Next's request handler: shared pages come from `cache` while fresh; every other
 * answer of a shared request is watched on its way out (its headers once Next has set
 * them, its bytes as they leave) and stored if Next marked it shared, or replaced if it
 * is a 5xx. Streaming is untouched: the bytes are copied, not held back.
 */
export function servePages(handler: Handler, cache: PageCache, unavailable: UnavailablePage): Handler {
  return (request, response) => {
    const key = sharedPageKey(request)
    if (key === null) return handler(request, response)
    const page = cache.fresh(key)
    if (page) return replay(request, response, page, 'hit')
    watch(request, response, key, cache, unavailable)
    return handler(request, response)
  }
}

function watch(request: IncomingMessage, response: ServerResponse, key: string, cache: PageCache, unavailable: UnavailablePage): void {
  const generation = cache.generation
  let mode: 'undecided' | 'record' | 'pass' | 'replaced' = 'undecided'
  const chunks: Buffer[] = []
  let size = 0
  let headers: OutgoingHttpHeaders = {}

  /** Once Next has set the status and headers, before any byte is sent. */
  const decide = (status: number) => {
    if (mode !== 'undecided') return
    if (status >= 500) {
      mode = 'replaced'
      for (const name of response.getHeaderNames()) response.removeHeader(name)
      const lastGood = cache.stale(key)
      if (lastGood) replay(request, response, lastGood, 'stale')
      else answerUnavailable(response, unavailable)
      return
    }
    mode = request.method === 'GET' && isShared(status, request, response) ? 'record' : 'pass'
    if (mode === 'record') headers = storableHeaders(response)
  }
  const record = (chunk: unknown, encoding?: unknown) => {
    if (mode !== 'record' || chunk === undefined || chunk === null || typeof chunk === 'function') return
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : Buffer.from(chunk as Uint8Array)
    size += bytes.length
    if (size > cache.maxPageBytes) {
      mode = 'pass'
      chunks.length = 0
    } else chunks.push(bytes)
  }
  const callbackOf = (...args: unknown[]) => args.find((arg): arg is () => void => typeof arg === 'function')

  const ownWriteHead = response.writeHead as (this: ServerResponse, status: number, reason?: string) => ServerResponse
  response.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    if (mode === 'replaced') return this
    const [status, second, third] = args as [number, unknown, unknown]
    const given = typeof second === 'object' && second !== null ? second : third
    // Headers handed to writeHead itself join the response's before anything is judged.
    const merged = mode === 'undecided' && typeof given === 'object' && given !== null && !Array.isArray(given)
    if (merged) for (const [name, value] of Object.entries(given)) if (value !== undefined) response.setHeader(name, value as string)
    decide(status)
    if ((mode as string) === 'replaced') return this
    if (!merged) return (ownWriteHead as (...args: unknown[]) => ServerResponse).apply(this, args)
    return ownWriteHead.call(this, status, typeof second === 'string' ? second : undefined)
  } as ServerResponse['writeHead']

  const ownWrite = response.write
  response.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    if (!response.headersSent) decide(response.statusCode)
    if (mode === 'replaced') {
      callbackOf(...rest)?.()
      return true
    }
    record(chunk, rest[0])
    return (ownWrite as (...args: unknown[]) => boolean).call(this, chunk, ...rest)
  } as ServerResponse['write']

  const ownEnd = response.end
  response.end = function (this: ServerResponse, ...args: unknown[]) {
    if (!response.headersSent) decide(response.statusCode)
    if (mode === 'replaced') {
      callbackOf(...args)?.()
      return this
    }
    record(args[0], args[1])
    return (ownEnd as (...args: unknown[]) => ServerResponse).apply(this, args)
  } as ServerResponse['end']

  response.once('finish', () => {
    if (mode !== 'record') return
    const body = Buffer.concat(chunks)
    cache.store(key, { headers, body, etag: headers.etag === undefined ? null : String(headers.etag) }, generation)
  })
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
