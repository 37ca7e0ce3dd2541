import { createHmac, timingSafeEqual } from 'node:crypto'

import { routes } from '../model/routes'
import { serverEnv } from '../server/env'

/** What marketing can preview: these collections and the Studio global (home page). */
export const PREVIEW_COLLECTIONS = ['articles', 'exercises', 'routines', 'classes', 'offerings'] as const
export const PREVIEW_GLOBALS = ['studio'] as const
/** Documents a share link can open for a reviewer without an account (each has its own page). */
export const SHAREABLE_COLLECTIONS = ['articles', 'exercises', 'routines', 'classes'] as const

/**
 * The shared secret on preview links. PREVIEW_SECRET when set; otherwise derived from
 * PAYLOAD_SECRET, so every deployment has one without another variable to manage.
 */
export function previewSecret(): string {
  const { previewSecret: explicit, payloadSecret } = serverEnv()
  if (explicit) return explicit
  return createHmac('sha256', payloadSecret ?? '').update('draft-preview').digest('hex').slice(0, 32)
}

export function isValidPreviewSecret(candidate: string | null | undefined): boolean {
  if (!candidate) return false
  const expected = Buffer.from(previewSecret())
  const given = Buffer.from(candidate)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/**
 * Browsers drop tabs and line breaks from an address ("/\t/evil.example" is "//evil.example"),
 * and a NUL or line break cannot go into a Location header at all: paths with any are refused.
 */
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f-\u00a0\u2028\u2029]/

/** Only paths on this site: "/blog/x" yes; "//evil.example", "https://..." no (no open redirect). */
export function safeInternalPath(path: string | null | undefined): string | null {
  if (!path || !path.startsWith('/') || CONTROL_OR_SPACE.test(path)) return null
  if (path.startsWith('//') || path.includes('\\')) return null
  return path
}

/** The page that shows a document, for the admin's Preview button and live preview. */
export function previewPathFor(collectionOrGlobal: string, doc: { slug?: unknown }): string | null {
  const slug = typeof doc.slug === 'string' && doc.slug ? doc.slug : null
  switch (collectionOrGlobal) {
    case 'articles':
      return slug ? routes.article(slug) : null
    case 'exercises':
      return slug ? routes.exercise(slug) : null
    case 'routines':
      return slug ? routes.routine(slug) : null
    case 'classes':
      return slug ? routes.class(slug) : null
    case 'offerings':
      return routes.offerings()
    case 'studio':
      return routes.home()
    default:
      return null
  }
}

/** /preview?path=...&secret=...: the route checks both the secret and the signed-in user. */
export function previewUrl(path: string): string {
  const params = new URLSearchParams({ path, secret: previewSecret() })
  return `${process.env.NEXT_PUBLIC_SERVER_URL ?? ''}/preview?${params.toString()}`
}
