import { ServerResponse, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http'

import type { PageCache, StoredPage } from './page-cache'

/**
 * The page cache's side of the wire (lib/server/page-cache.ts): judging Next's answer as it
 * leaves, copying its bytes, and replaying a stored page or the calm 503 without Next.
 */

/**
 * Pages that render per request, because their answer depends on the query (search, the
 * libraries' rarer filter choices), and are still the same for every visitor without a
 * session. Next marks them `private, no-store`, and browsers keep being told so; here the
 * answer is replayed while it is fresh, so a burst of one query (a shared search link, a
 * crawler) costs one render a second instead of one per visitor.
 */
const PUBLIC_PER_REQUEST_PAGES = /^\/(?:search|exercises|routines)(?:[?#]|$)/

/**
 * Answers worth keeping: a page, and a missing page's 404 that Next serves from its cache
 * (components/layout/NotFoundPage.tsx). A scanner asks for the same missing address over
 * and over; through Next each costs about ten times a stored page.
 */
const STORED_STATUSES = new Set([200, 404])

/**
 * An answer every visitor may get: what Next marks for shared caches, without a cookie,
 * or a public per-request page. A page Next has just rendered (or is re-rendering) is kept
 * once Next answers it from its own cache: what is replayed says `x-nextjs-cache: HIT`
 * because it is.
 */
function isShared(status: number, request: IncomingMessage, response: ServerResponse): boolean {
  if (!STORED_STATUSES.has(status) || response.getHeader('set-cookie') !== undefined) return false
  const cacheControl = String(response.getHeader('cache-control') ?? '')
  const nextCache = response.getHeader('x-nextjs-cache')
  // A listing's or search's 404 (a page past the last) is judged per request: not kept.
  if (nextCache === undefined && PUBLIC_PER_REQUEST_PAGES.test(request.url ?? '')) return status === 200
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

export function replay(request: IncomingMessage, response: ServerResponse, page: StoredPage, source: 'hit' | 'revalidating' | 'stale'): void {
  if (page.status === 200 && matchesEtag(request.headers['if-none-match'], page.etag)) {
    const headers = Object.fromEntries(Object.entries(page.headers).filter(([name]) => !NOT_IN_304.has(name)))
    writeHead.call(response, 304, { ...headers, 'x-page-cache': source })
    end.call(response)
    return
  }
  writeHead.call(response, page.status, { ...page.headers, 'content-length': page.body.length, 'x-page-cache': source })
  end.call(response, request.method === 'HEAD' ? undefined : page.body)
}

export type UnavailablePage = { html: string; retryAfterSeconds: number }

export function answerUnavailable(response: ServerResponse, page: UnavailablePage): void {
  writeHead.call(response, 503, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'retry-after': String(page.retryAfterSeconds),
    'content-length': Buffer.byteLength(page.html),
  })
  end.call(response, page.html)
}

/**
 * How a render that others waited for ended. `stored`: its page is in the cache. `failed`:
 * Next answered a 5xx, and the waiters get what it got (the last good copy or the calm 503).
 * `unshared`: the page is one visitor's own or not shared (for freshMs, later requests for it
 * do not wait either). `none`: nothing to learn (aborted, a 304, a render across a publish).
 */
export type RenderOutcome = 'stored' | 'failed' | 'unshared' | 'none'
/** Watches Next's answer to a shared request on its way out; resolves with how it ended. */
export function watch(request: IncomingMessage, response: ServerResponse, key: string, cache: PageCache, unavailable: UnavailablePage): Promise<RenderOutcome> {
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

  return new Promise<RenderOutcome>((resolve) => {
    response.once('finish', () => {
      if (mode === 'replaced') return resolve('failed')
      if (mode === 'record') {
        const body = Buffer.concat(chunks)
        const stored = cache.store(key, { status: response.statusCode, headers, body, etag: headers.etag === undefined ? null : String(headers.etag) }, generation)
        return resolve(stored ? 'stored' : 'none')
      }
      // A 304 or a HEAD says nothing about what the page is for everyone else.
      resolve(mode === 'pass' && request.method === 'GET' && response.statusCode !== 304 ? 'unshared' : 'none')
    })
    // The visitor left before the answer ended (or the socket broke): whoever waits asks Next itself.
    response.once('close', () => resolve('none'))
  })
}

