import { timingSafeEqual } from 'node:crypto'

import { expireTagsInThisServer, revalidateSecret } from '@/lib/server/cache'
import { noStore } from '@/lib/server/no-store'

export const dynamic = 'force-dynamic'

/**
 * Internal: expires cache tags on behalf of work that runs outside a request (the
 * scheduled-publish runner). Requires the secret derived from PAYLOAD_SECRET.
 */
export const POST = noStore(async (request: Request) => {
  const given = Buffer.from(request.headers.get('x-revalidate-secret') ?? '')
  const expected = Buffer.from(revalidateSecret())
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return new Response('Forbidden', { status: 403 })
  }
  const body = (await request.json().catch(() => null)) as { tags?: unknown } | null
  const tags = Array.isArray(body?.tags) ? body.tags.filter((tag): tag is string => typeof tag === 'string') : []
  if (tags.length === 0) return Response.json({ error: 'Send { "tags": ["..."] }.' }, { status: 400 })
  expireTagsInThisServer(tags)
  return Response.json({ revalidated: tags })
})
