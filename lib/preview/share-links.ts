import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

import { serverEnv } from '../server/env'

/**
 * Share links let a reviewer without an account see one document's draft for a while.
 * The token names its link and carries an HMAC signature (so it cannot be forged or
 * altered); the link stores only a hash of it, and can be revoked or run out.
 */
export const SHARE_DEFAULT_DAYS = 7
export const SHARE_MAX_DAYS = 30
export const SHARE_COOKIE = 'bthm_share'

/** SHARE_LINK_SECRET when set (rotating it revokes every link); otherwise derived from PAYLOAD_SECRET. */
function shareKey(): Buffer {
  const { shareLinkSecret, payloadSecret } = serverEnv()
  return createHmac('sha256', shareLinkSecret ?? payloadSecret ?? '').update('share-links').digest()
}

const sign = (payload: string) => createHmac('sha256', shareKey()).update(payload).digest('base64url')

/** `<nonce>.<signature>`: the nonce is random per link, the signature needs our secret. */
export function issueShareToken(nonce: string): string {
  return `${nonce}.${sign(nonce)}`
}

export function hashShareToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** True for a well-formed token with a correct signature (nothing altered or forged). */
export function isSignedShareToken(token: string | null | undefined): token is string {
  if (!token) return false
  const parts = token.split('.')
  if (parts.length !== 2 || !/^[A-Za-z0-9_-]{16,}$/.test(parts[0])) return false
  const expected = Buffer.from(sign(parts[0]))
  const given = Buffer.from(parts[1])
  return given.length === expected.length && timingSafeEqual(given, expected)
}

export type ShareLinkRecord = {
  tokenHash?: string | null
  expiresAt?: string | null
  revoked?: boolean | null
}

export type ShareCheck = 'valid' | 'tampered' | 'revoked' | 'expired' | 'unknown'

/** Whether a presented token may show its document now. */
export function checkShareLink(token: string, link: ShareLinkRecord | null, now = new Date()): ShareCheck {
  if (!isSignedShareToken(token)) return 'tampered'
  if (!link) return 'unknown'
  if (!link.tokenHash || link.tokenHash !== hashShareToken(token)) return 'tampered'
  if (link.revoked) return 'revoked'
  if (!link.expiresAt || new Date(link.expiresAt) <= now) return 'expired'
  return 'valid'
}
