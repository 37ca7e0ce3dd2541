import { GraphQLError, parse } from 'graphql'

import { GRAPHQL_LIMITS } from './graphql-limits'
import { PRIVATE_NO_STORE } from './no-store'

/**
 * Wraps Payload's GraphQL route (app/(payload)/api/graphql/route.ts):
 * - a document over the token limit is refused before Payload parses it in full
 *   (Payload's handler offers no parser options; graphql's own `maxTokens` stops early);
 * - a request refused before it ran (syntax, validation, a limit) answers 400, whatever
 *   the client's Accept header: with `application/json` graphql-http would say 200;
 * - no answer is cached (`private, no-store`).
 */

type GraphqlHandler = (request: Request) => Promise<Response>

const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': PRIVATE_NO_STORE }

/** The refusal in GraphQL's shape, or null when the document is within the token limit (or not ours to judge). */
async function tokenLimitRefusal(request: Request): Promise<Response | null> {
  if (!request.headers.get('content-type')?.includes('application/json')) return null
  const body = (await request.json().catch(() => null)) as { query?: unknown } | null
  if (typeof body?.query !== 'string') return null
  try {
    parse(body.query, { maxTokens: GRAPHQL_LIMITS.tokens, noLocation: true })
    return null
  } catch (error) {
    if (!(error instanceof GraphQLError) || !error.message.includes('Parsing aborted')) return null
    const message = `Token limit of ${GRAPHQL_LIMITS.tokens} exceeded: the document is too long. Split it into smaller queries.`
    return new Response(JSON.stringify({ errors: [{ message }] }), { status: 400, headers: JSON_HEADERS })
  }
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
    const refusal = await tokenLimitRefusal(request.clone())
    if (refusal) return refusal
    return asRequestError(await handler(request))
  }
}
