import { GraphQLError, parse, type DocumentNode } from 'graphql'

import { GRAPHQL_LIMITS } from './graphql-limits'
import { PRIVATE_NO_STORE } from './no-store'
import { graphqlPageAsks, visitorPageRefusal } from './visitor-page-size'

/**
 * Wraps Payload's GraphQL route (app/(payload)/api/graphql/route.ts):
 * - a body that is not JSON is a 400 (Payload's handler threw: a 500), another content type a 415 that says so;
 * - a document over the token limit is refused before Payload parses it in full
 *   (Payload's handler offers no parser options; graphql's own `maxTokens` stops early);
 * - someone not signed in asking for more than a page of documents (lib/server/visitor-page-size.ts);
 * - a request refused before it ran (syntax, validation, a limit) answers 400, whatever
 *   the client's Accept header: with `application/json` graphql-http would say 200;
 * - no answer is cached (`private, no-store`).
 */

type GraphqlHandler = (request: Request) => Promise<Response>

const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': PRIVATE_NO_STORE }

const refusal = (message: string, status = 400) => new Response(JSON.stringify({ errors: [{ message }] }), { status, headers: JSON_HEADERS })

/** A refusal that names a field, in GraphQL's shape with Payload's `extensions` (name, status, the field and why). */
export function graphqlFieldRefusal(status: number, field: string, reason: string): Response {
  const extensions = { name: 'ValidationError', statusCode: status, data: { errors: [{ path: field, message: reason }] } }
  return new Response(JSON.stringify({ errors: [{ message: `The following field is invalid: ${field}`, extensions }] }), { status, headers: JSON_HEADERS })
}

/** The refusal in GraphQL's shape, or null when the body is a JSON document within the token limit. */
async function requestRefusal(request: Request): Promise<Response | null> {
  // graphql-http answered other types with an empty 415: say what to send.
  if (!request.headers.get('content-type')?.includes('application/json')) return refusal('GraphQL requests are JSON: send Content-Type: application/json and {"query": "…"}.', 415)
  let body: { query?: unknown; variables?: unknown } | null
  try {
    body = JSON.parse(await request.text()) as { query?: unknown; variables?: unknown } | null
  } catch (error) {
    // Payload's handler would throw on it: a 500 for the client's mistake.
    return refusal(`The request body is not valid JSON (${(error as Error).message.slice(0, 120)}): send {"query": "…", "variables": {…}}.`)
  }
  if (typeof body?.query !== 'string') return null
  let document: DocumentNode
  try {
    document = parse(body.query, { maxTokens: GRAPHQL_LIMITS.tokens, noLocation: true })
  } catch (error) {
    if (!(error instanceof GraphQLError) || !error.message.includes('Parsing aborted')) return null
    return refusal(`Token limit of ${GRAPHQL_LIMITS.tokens} exceeded: the document is too long. Split it into smaller queries.`)
  }
  const tooMany = await visitorPageRefusal(request.headers, graphqlPageAsks(document, body.variables))
  return tooMany && graphqlFieldRefusal(400, tooMany.path, tooMany.message)
}

/** A GraphQL answer without `data` never ran: per GraphQL over HTTP, that is a request error. */
async function asRequestError(response: Response): Promise<Response> {
  const headers = new Headers(response.headers)
  headers.set('Cache-Control', PRIVATE_NO_STORE)
  if (response.status !== 200 || !headers.get('content-type')?.includes('json')) {
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
  }
  const text = await response.text()
  let ran = true
  try {
    ran = 'data' in (JSON.parse(text) as object)
  } catch {
    // Not JSON after all: pass it on as it came.
  }
  return new Response(text, { status: ran ? 200 : 400, headers })
}

export function guardGraphql(handler: GraphqlHandler): GraphqlHandler {
  return async (request) => {
    const refused = await requestRefusal(request.clone())
    if (refused) return refused
    return asRequestError(await handler(request))
  }
}
