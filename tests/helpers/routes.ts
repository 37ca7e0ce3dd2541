/**
 * The app's own REST and GraphQL route handlers, called in-process as Next would call
 * them: the integration tests see what a client over HTTP sees (status, body, headers),
 * including what the route modules add around Payload.
 */
import { GET as restGet, POST as restPost } from '@/app/(payload)/api/[...slug]/route'
import { POST as graphqlPost } from '@/app/(payload)/api/graphql/route'

const ORIGIN = 'http://localhost:3000'

type Call = { status: number; headers: Headers; json: unknown }

async function answer(response: Response): Promise<Call> {
  const text = await response.text()
  let json: unknown = null
  try {
    json = JSON.parse(text)
  } catch {
    json = text
  }
  return { status: response.status, headers: response.headers, json }
}

const authHeader = (token?: string): Record<string, string> => (token ? { authorization: `JWT ${token}` } : {})

/** REST: `path` after /api, e.g. `/users/login`. */
export async function rest(method: 'GET' | 'POST', path: string, options: { body?: unknown; token?: string; headers?: Record<string, string> } = {}): Promise<Call> {
  const url = new URL(`/api${path}`, ORIGIN)
  const request = new Request(url, {
    method,
    headers: { 'content-type': 'application/json', ...authHeader(options.token), ...options.headers },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  const slug = url.pathname.split('/').filter(Boolean).slice(1)
  const handler = method === 'GET' ? restGet : restPost
  return answer(await handler(request, { params: Promise.resolve({ slug }) }))
}

export type GraphqlAnswer = Call & { json: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] } }

/** GraphQL, as a client that accepts plain JSON (graphql-http would answer such a client 200 for a refused query). */
export async function graphql(query: string, options: { token?: string; variables?: Record<string, unknown>; headers?: Record<string, string> } = {}): Promise<GraphqlAnswer> {
  const request = new Request(new URL('/api/graphql', ORIGIN), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...authHeader(options.token), ...options.headers },
    body: JSON.stringify({ query, variables: options.variables }),
  })
  return (await answer(await graphqlPost(request))) as GraphqlAnswer
}
