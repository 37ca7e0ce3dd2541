import { cookies, draftMode, headers } from 'next/headers'
import { executeAuthStrategies, type Payload } from 'payload'
import { cache } from 'react'

import { getStudio } from '../content/studio'
import type { Studio } from '@/payload-types'
import { getPayloadClient } from '../server/payload'
import { checkShareLink, hashShareToken, isSignedShareToken, SHARE_COOKIE, type ShareCheck } from './share-links'

export type DocRef = { relationTo: string; id: number }

/**
 * Who may see drafts on this request: nobody (no draft mode), signed-in staff (every
 * draft), or a reviewer with a share link (that one document's draft only).
 */
export type PreviewScope = { draft: false } | { draft: true; only: DocRef | null }

/** Looks a presented share token up and says whether it may show its document now. */
export async function resolveShareToken(payload: Payload, token: string): Promise<{ check: ShareCheck; document: DocRef | null }> {
  if (!isSignedShareToken(token)) return { check: 'tampered', document: null }
  const { docs } = await payload.find({
    collection: 'preview-links',
    where: { tokenHash: { equals: hashShareToken(token) } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })
  const link = docs[0] ?? null
  const check = checkShareLink(token, link)
  const document = link?.document ? { relationTo: link.document.relationTo, id: Number(typeof link.document.value === 'object' ? link.document.value.id : link.document.value) } : null
  return { check, document }
}

/**
 * The signed-in user of a request (the login cookie or an API key), checked as Payload's
 * own auth does. Not `payload.auth()`: that also works out the user's permissions on every
 * collection and field, which a page never reads (about 5% of a draft render in a CPU profile, some 1.2 ms).
 */
export async function signedInUser(payload: Payload, requestHeaders: Headers) {
  const { user } = await executeAuthStrategies({ headers: requestHeaders, payload, canSetHeaders: false, isGraphQL: false })
  return user
}

export const getPreviewScope = cache(async (): Promise<PreviewScope> => {
  const { isEnabled } = await draftMode()
  if (!isEnabled) return { draft: false }
  const payload = await getPayloadClient()
  const user = await signedInUser(payload, await headers())
  if (user) return { draft: true, only: null }
  const token = (await cookies()).get(SHARE_COOKIE)?.value
  if (!token) return { draft: false }
  const { check, document } = await resolveShareToken(payload, token)
  return check === 'valid' && document ? { draft: true, only: document } : { draft: false }
})

/**
 * Reads a document for a page with the scope's rights: the draft when allowed for this
 * document, otherwise what visitors see. `read(draft)` fetches it either way.
 */
export async function readForScope<T extends { id: number }>(
  scope: PreviewScope,
  collection: string,
  read: (draft: boolean) => Promise<T | null>,
): Promise<T | null> {
  if (!scope.draft) return read(false)
  if (!scope.only) return read(true)
  if (scope.only.relationTo !== collection) return read(false)
  const draft = await read(true)
  return draft && draft.id === scope.only.id ? draft : read(false)
}

/**
 * Whether this request sees every draft (signed-in staff) rather than one shared
 * document: the site-wide pieces (the Studio, the offerings) are then drafts too.
 */
export const seesAllDrafts = (scope: PreviewScope): boolean => scope.draft && !scope.only

/** The Studio global as this request may see it; layout, page and metadata share the one read. */
export async function getStudioForRequest(): Promise<Studio> {
  return getStudio({ draft: seesAllDrafts(await getPreviewScope()) })
}
