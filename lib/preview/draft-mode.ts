import { cookies, draftMode } from 'next/headers'

import { PRIVATE_NO_STORE } from '../server/no-store'

/** Next's draft-mode cookie. */
const DRAFT_COOKIE = '__prerender_bypass'

/** How our preview cookies are set: script cannot read them, other sites' requests do not carry them. */
export const PREVIEW_COOKIE_OPTIONS = {
  httpOnly: true,
  sameSite: 'lax',
  secure: process.env.NODE_ENV === 'production',
  path: '/',
} as const

/**
 * Turns draft mode on. Next sets its cookie SameSite=None, for a CMS that frames the site
 * from another origin; our live preview frames it from the same origin, so Lax is enough
 * and keeps the cookie off every cross-site request.
 */
export async function enableDraftMode(): Promise<void> {
  ;(await draftMode()).enable()
  const jar = await cookies()
  const value = jar.get(DRAFT_COOKIE)?.value
  if (value) jar.set(DRAFT_COOKIE, value, PREVIEW_COOKIE_OPTIONS)
}

/**
 * A redirect that no cache keeps: preview answers depend on who asks. (Next's
 * `redirect()` answers without Cache-Control.) Cookies set during the request go with it.
 */
export function privateRedirect(path: string): Response {
  return new Response(null, { status: 307, headers: { Location: asHeaderValue(path), 'Cache-Control': PRIVATE_NO_STORE } })
}

/** A header holds bytes, not text: "/blog/café" goes out as "/blog/caf%C3%A9" (else the Response throws). */
function asHeaderValue(path: string): string {
  return path.replace(/[^\x21-\x7e]/gu, (character) => [...Buffer.from(character)].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(''))
}
