/**
 * Answers that depend on who asks (the admin, the API, previews, drafts) are kept by no
 * browser and no shared cache: a signed-in answer must never be replayed to someone else.
 */
export const PRIVATE_NO_STORE = 'private, no-store'

type Handler<Rest extends unknown[]> = (request: Request, ...rest: Rest) => Promise<Response> | Response

/** Uploaded files (`/api/<collection>/file/<name>`) are the same for everyone and stay cacheable. */
const UPLOADED_FILE = /^\/api\/[^/]+\/file\//

export function withNoStore(response: Response): Response {
  response.headers.set('Cache-Control', PRIVATE_NO_STORE)
  return response
}

/** Wraps a route handler so its answers carry `Cache-Control: private, no-store`. */
export function noStore<Rest extends unknown[]>(handler: Handler<Rest>): Handler<Rest> {
  return async (request, ...rest) => {
    const response = await handler(request, ...rest)
    if (UPLOADED_FILE.test(new URL(request.url).pathname)) return response
    try {
      return withNoStore(response)
    } catch {
      // Headers of some responses (a fetch() passed through) are immutable: copy them.
      return withNoStore(new Response(response.body, response))
    }
  }
}
