import { cookies, draftMode } from 'next/headers'

import { enableDraftMode, PREVIEW_COOKIE_OPTIONS, privateRedirect } from '@/lib/preview/draft-mode'
import { getPayloadClient } from '@/lib/server/payload'
import { PRIVATE_NO_STORE } from '@/lib/server/no-store'
import { previewPathFor } from '@/lib/preview/preview-url'
import { resolveShareToken } from '@/lib/preview/session'
import { SHARE_COOKIE } from '@/lib/preview/share-links'

export const dynamic = 'force-dynamic'

const expiredPage = (status: number) =>
  new Response(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Preview link expired | B The Method</title></head>
<body style="font-family:system-ui,sans-serif;background:#fbf8f3;color:#2b2621;display:grid;place-items:center;min-height:100vh;margin:0">
<main style="max-width:32rem;padding:2rem;text-align:center"><h1 style="font-family:Georgia,serif;font-weight:400">This preview link has expired</h1>
<p>It may have run out, been revoked, or been copied incompletely. Ask the person who shared it for a new link.</p>
<p><a href="/" style="color:#7a3820">Go to the B The Method site</a></p></main></body></html>`,
    { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': PRIVATE_NO_STORE } },
  )

/** A reviewer's share link: shows that one document's draft, read-only, until it expires or is revoked. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const payload = await getPayloadClient()
  const { check, document } = await resolveShareToken(payload, token)
  if (check !== 'valid' || !document) {
    ;(await draftMode()).disable()
    ;(await cookies()).delete(SHARE_COOKIE)
    return expiredPage(check === 'tampered' || check === 'unknown' ? 404 : 410)
  }
  const doc = await payload.findByID({ collection: document.relationTo as 'articles', id: document.id, draft: true, depth: 0, overrideAccess: true, disableErrors: true })
  const path = doc ? previewPathFor(document.relationTo, doc) : null
  if (!path) return expiredPage(404)
  await enableDraftMode()
  ;(await cookies()).set(SHARE_COOKIE, token, PREVIEW_COOKIE_OPTIONS)
  return privateRedirect(path)
}
