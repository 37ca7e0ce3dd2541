import { createHmac } from 'node:crypto'

import { revalidateTag, unstable_cache } from 'next/cache'
// The store that tells unstable_cache it runs in a request; `.external` is the one
// instance Next itself uses (next/headers reads it too).
import { workAsyncStorage } from 'next/dist/server/app-render/work-async-storage.external.js'
import { cache } from 'react'

import { forgetServedPages } from './page-cache'

/**
 * Cache tags, named once. Listings and sections that show many documents of a
 * collection use the collection tag; a detail page uses its document tag.
 */
export const cacheTags = {
  collection: (collection: string) => `collection:${collection}`,
  doc: (collection: string, slug: string) => `doc:${collection}:${slug}`,
  global: (slug: string) => `global:${slug}`,
}

/**
 * The reads of one request (React's per-request cache scope): layout, metadata and page
 * asking for the same thing share one read. This matters most in draft mode, where Next's
 * data cache is bypassed and every read would go to the database. Outside a render
 * (route handlers, hooks, scripts) each call gets a fresh map, so nothing is shared.
 */
const readsOfThisRequest = cache(() => new Map<string, Promise<unknown>>())

/**
 * Reads through Next's data cache for visitors; drafts (preview) always read fresh and
 * are never stored, so a draft can never be served to someone else.
 */
export function cachedRead<T>(
  key: string[],
  tags: string[],
  read: () => Promise<T>,
  options: { draft?: boolean } = {},
): Promise<T> {
  const reads = readsOfThisRequest()
  const readKey = JSON.stringify([options.draft ? 'draft' : 'published', ...key])
  const pending = reads.get(readKey) ?? (options.draft ? read() : publishedRead(read, key, tags))
  reads.set(readKey, pending)
  return pending as Promise<T>
}

/**
 * A published-only read through the data cache, in draft mode too. Next skips its data
 * cache for the whole of a draft-mode request, so a preview would read every menu,
 * related list and card from the database (18 statements per article preview). What
 * visitors see is the same for a previewer, so in draft mode the read runs outside the
 * request's work store, where unstable_cache reads, checks the tags of and refills the
 * visitors' own entry, as it does for work outside a render. Drafts never come here.
 */
function publishedRead<T>(read: () => Promise<T>, key: string[], tags: string[]): Promise<T> {
  const cachedForVisitors = unstable_cache(read, key, { tags })
  return workAsyncStorage.getStore()?.isDraftMode ? workAsyncStorage.exit(cachedForVisitors) : cachedForVisitors()
}

function isOutsideNextRequest(error: unknown): boolean {
  return error instanceof Error && error.message.startsWith('Invariant: static generation store missing')
}

/** Shared secret of the internal /api/revalidate endpoint, derived from PAYLOAD_SECRET. */
export function revalidateSecret(): string {
  return createHmac('sha256', process.env.PAYLOAD_SECRET ?? '').update('revalidate').digest('hex')
}

/** Inside the app server: Next's cached pages and data of `tags`, and the page cache in front of Next. */
export function expireTagsInThisServer(tags: string[]): void {
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
  if (tags.length) forgetServedPages()
}

/**
 * Expires the given tags at once (the next visit renders fresh content). Outside a Next
 * request there is no cache store at hand: the app server's own background work (the
 * scheduled-publish runner) asks the server over HTTP (INTERNAL_URL); scripts, seeds
 * and tests, which have no server, skip it.
 */
const REVALIDATE_TIMEOUT_MS = 5000

export async function expireTags(tags: Iterable<string>): Promise<void> {
  const unique = [...new Set(tags)]
  try {
    expireTagsInThisServer(unique)
    return
  } catch (error) {
    if (!isOutsideNextRequest(error)) throw error
  }
  const internalUrl = process.env.INTERNAL_URL
  if (!internalUrl || unique.length === 0) return
  await fetch(`${internalUrl.replace(/\/$/, '')}/api/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-revalidate-secret': revalidateSecret() },
    body: JSON.stringify({ tags: unique }),
    // Never wait on ourselves for long: a hung request would hold up the job runner's batch.
    signal: AbortSignal.timeout(REVALIDATE_TIMEOUT_MS),
  }).catch((error: unknown) => console.error('[revalidate] could not reach the app server:', error))
}
