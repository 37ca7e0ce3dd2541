/**
 * Raw requests to the app's REST and GraphQL route handlers, called in-process as Next
 * calls them: any method, any body (malformed JSON, multipart, bytes), any query string.
 * The hostile-input suite and scripts/fuzz.ts send everything through here.
 */
import * as restRoute from '@/app/(payload)/api/[...slug]/route'
import { POST as graphqlPost } from '@/app/(payload)/api/graphql/route'

const ORIGIN = 'http://localhost:3000'

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'
export type RawRequest = {
  method: Method
  /** After /api, with its query string: `/articles?where[title][equals]=x`. */
  path: string
  body?: BodyInit | null
  contentType?: string
  token?: string
  /** Further request headers, e.g. an Idempotency-Key. */
  headers?: Record<string, string>
}
export type RawAnswer = { status: number; text: string; json: unknown; contentType: string }

const HANDLERS: Record<Method, (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response> | Response> = {
  GET: restRoute.GET,
  POST: restRoute.POST,
  PATCH: restRoute.PATCH,
  PUT: restRoute.PUT,
  DELETE: restRoute.DELETE,
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

async function read(response: Response): Promise<RawAnswer> {
  const text = await response.text()
  return { status: response.status, text, json: parseJson(text), contentType: response.headers.get('content-type') ?? '' }
}

/** A thrown handler is what Next turns into a 500: count it as one. */
async function settle(call: () => Promise<Response> | Response): Promise<RawAnswer> {
  try {
    return await read(await call())
  } catch (error) {
    return { status: 500, text: String(error), json: null, contentType: 'text/plain' }
  }
}

function headersOf(request: Pick<RawRequest, 'contentType' | 'token' | 'headers'>): Headers {
  const headers = new Headers(request.headers)
  if (request.contentType) headers.set('content-type', request.contentType)
  if (request.token) headers.set('authorization', `JWT ${request.token}`)
  return headers
}

export async function sendRest(request: RawRequest): Promise<RawAnswer> {
  const url = new URL(`/api${request.path}`, ORIGIN)
  const hasBody = request.method !== 'GET' && request.body != null
  const slug = url.pathname.split('/').filter(Boolean).slice(1).map(safeDecode)
  return settle(() =>
    HANDLERS[request.method](new Request(url, { method: request.method, headers: headersOf(request), body: hasBody ? request.body : undefined }), {
      params: Promise.resolve({ slug }),
    }),
  )
}

/** Next decodes path segments before handing them to the route; a broken escape stays as typed. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/** GraphQL with a raw body: a document, a malformed JSON text, anything. */
export async function sendGraphql(body: BodyInit, options: { token?: string; contentType?: string; headers?: Record<string, string> } = {}): Promise<RawAnswer> {
  const headers = headersOf({ contentType: options.contentType ?? 'application/json', token: options.token, headers: options.headers })
  headers.set('accept', 'application/json')
  return settle(() => graphqlPost(new Request(new URL('/api/graphql', ORIGIN), { method: 'POST', headers, body })))
}
