import { headers } from 'next/headers'

import { enableDraftMode, privateRedirect } from '@/lib/preview/draft-mode'
import { getPayloadClient } from '@/lib/server/payload'
import { PRIVATE_NO_STORE } from '@/lib/server/no-store'
import { isValidPreviewSecret, safeInternalPath } from '@/lib/preview/preview-url'
import { signedInUser } from '@/lib/preview/session'

export const dynamic = 'force-dynamic'

function refuse(status: 403 | 400, message: string) {
  return new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': PRIVATE_NO_STORE } })
}

/**
 * Turns on draft mode for a signed-in member of staff who came from the admin's Preview
 * button (which adds the secret), then opens the page. Anyone else: 403, no draft mode.
 */
export async function GET(request: Request) {
  const url = new URL(request.url)
  const path = safeInternalPath(url.searchParams.get('path'))
  if (!path) return refuse(400, 'Preview needs a path on this site, such as /blog/my-article.')
  if (!isValidPreviewSecret(url.searchParams.get('secret'))) return refuse(403, 'This preview link is not valid.')

  const payload = await getPayloadClient()
  const user = await signedInUser(payload, await headers())
  if (!user) return refuse(403, 'Previews are for signed-in staff: log in at /admin and use the Preview button.')

  await enableDraftMode()
  return privateRedirect(path)
}
