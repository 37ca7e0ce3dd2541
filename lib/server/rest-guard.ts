import { existsSync } from 'node:fs'
import path from 'node:path'

import type { SanitizedConfig } from 'payload'

import { PRIVATE_NO_STORE } from './no-store'
import { mediaDir } from './paths'
import { restPageAsk, visitorPageRefusal, type PageAsk } from './visitor-page-size'

/**
 * Wraps Payload's REST routes (app/(payload)/api/[...slug]/route.ts): what Payload would
 * stumble over before any collection hook runs is answered here, as a 4xx in Payload's
 * own error shape that names the field and the reason, instead of a 500:
 * - a read of more than a page of documents by someone not signed in (lib/server/visitor-page-size.ts);
 * - a body that is not the JSON object or the multipart form its Content-Type says;
 * - `where` in the query string as plain text rather than conditions;
 * - an address with a broken percent-escape, an uploaded file that is not there, or the
 *   versions of a collection that keeps none (404; Payload queried a missing table).
 */

type Handler<Context> = (request: Request, context: Context) => Promise<Response> | Response

const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': PRIVATE_NO_STORE }

/** Payload's ValidationError shape, so clients read every refusal the same way. */
export function fieldRefusal(status: number, field: string, message: string): Response {
  const error = { name: 'ValidationError', message: `The following field is invalid: ${field}`, data: { errors: [{ path: field, message }] } }
  return new Response(JSON.stringify({ errors: [error] }), { status, headers: JSON_HEADERS })
}

function notFound(message: string): Response {
  return new Response(JSON.stringify({ errors: [{ message }] }), { status: 404, headers: JSON_HEADERS })
}

const BODY_METHODS = new Set(['POST', 'PATCH', 'PUT'])

async function bodyRefusal(request: Request): Promise<Response | null> {
  if (!BODY_METHODS.has(request.method)) return null
  const type = request.headers.get('content-type')?.toLowerCase() ?? ''
  if (type.includes('multipart/form-data')) {
    const form = await request.formData().catch(() => null)
    return form ? null : fieldRefusal(400, 'body', 'is not a readable multipart form: check the boundary and each part’s headers')
  }
  if (!type.includes('application/json')) return null
  const text = await request.text()
  if (!text.trim()) return null
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch (error) {
    return fieldRefusal(400, 'body', `is not valid JSON (${(error as Error).message.slice(0, 120)})`)
  }
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? null : fieldRefusal(400, 'body', 'must be a JSON object of field values')
}

function queryRefusal(url: URL): Response | null {
  const where = url.searchParams.get('where')
  if (where !== null) return fieldRefusal(400, 'where', 'must be conditions such as where[title][equals]=Hip, not plain text')
  return null
}

/** Segments of the address as the route sees them; null when a percent-escape is broken. */
function decodedSegments(url: URL): string[] | null {
  try {
    return url.pathname.split('/').filter(Boolean).map((segment) => decodeURIComponent(segment))
  } catch {
    return null
  }
}

/**
 * /api/media/file/<name> that is not a stored file: stored names are plain, so a path (../, a
 * slash) is none. On local disk the media folder is asked (Payload would answer a missing
 * file 500); in a bucket (lib/server/media-storage.ts) the storage plugin answers 404 itself.
 */
async function isMissingMediaFile(segments: string[], config: Promise<SanitizedConfig>): Promise<boolean> {
  const [api, collection, file, name, ...rest] = segments
  if (api !== 'api' || collection !== 'media' || file !== 'file') return false
  if (!name || rest.length || name !== path.basename(name) || name.includes('..') || name.includes('\\')) return true
  const upload = (await config).collections.find((candidate) => candidate.slug === 'media')?.upload
  if (upload?.disableLocalStorage) return false
  return !existsSync(path.join(mediaDir, name))
}

/** /api/<collection>/versions… of a collection without versions. */
async function isMissingVersions(segments: string[], config: Promise<SanitizedConfig>): Promise<boolean> {
  if (segments[0] !== 'api' || segments[2] !== 'versions') return false
  const collection = (await config).collections.find((candidate) => candidate.slug === segments[1])
  return Boolean(collection && !collection.versions)
}

/** Payload reads a POST sent with this header as a GET whose query string is the body (its admin does, for long queries). */
const isOverriddenToGet = (request: Request) =>
  request.method === 'POST' && [request.headers.get('x-payload-http-method-override'), request.headers.get('x-http-method-override')].includes('GET')

/** The page a read asks for: in the address, or in the body of a POST read as a GET (a form, or JSON fields). */
async function pageAsks(request: Request, url: URL): Promise<PageAsk[]> {
  if (request.method === 'GET') return [restPageAsk(url)]
  if (!isOverriddenToGet(request)) return []
  const body = await request.clone().text()
  if (!request.headers.get('content-type')?.includes('json')) return [restPageAsk(url), restPageAsk(new URL(`?${body}`, url))]
  const data = (() => {
    try {
      return JSON.parse(body) as PageAsk | null
    } catch {
      return null
    }
  })()
  return [restPageAsk(url), { limit: data?.limit, pagination: data?.pagination === false || data?.pagination === 'false' ? false : undefined }]
}

async function pageSizeRefusal(request: Request, url: URL): Promise<Response | null> {
  const problem = await visitorPageRefusal(request.headers, await pageAsks(request, url))
  return problem && fieldRefusal(400, problem.path, problem.message)
}

export function guardRest<Context>(config: Promise<SanitizedConfig>, handler: Handler<Context>): Handler<Context> {
  return async (request, context) => {
    const url = new URL(request.url)
    const segments = decodedSegments(url)
    if (!segments) return notFound(`No such address: ${url.pathname.slice(0, 120)} has a broken percent-escape.`)
    if (request.method === 'GET' && (await isMissingMediaFile(segments, config))) return notFound(`No such file: ${(segments[3] ?? '').slice(0, 120)}.`)
    if (await isMissingVersions(segments, config)) return notFound(`${segments[1]} keep no versions.`)
    const refusal = queryRefusal(url) ?? (await bodyRefusal(request.clone())) ?? (await pageSizeRefusal(request, url))
    return refusal ?? handler(request, context)
  }
}
