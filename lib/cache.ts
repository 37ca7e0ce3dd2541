import { revalidateTag, unstable_cache } from 'next/cache'

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
 * Reads through Next's data cache for visitors; drafts (preview) always read fresh and
 * are never stored, so a draft can never be served to someone else.
 */
export function cachedRead<T>(
  key: string[],
  tags: string[],
  read: () => Promise<T>,
  options: { draft?: boolean } = {},
): Promise<T> {
  if (options.draft) return read()
  return unstable_cache(read, key, { tags })()
}

function isOutsideNextRequest(error: unknown): boolean {
  return error instanceof Error && error.message.startsWith('Invariant: static generation store missing')
}

/**
 * Expires the given tags at once (the next visit renders fresh content). Outside a
 * Next request (seed script, migrations, tests) there is no cache to expire: a no-op.
 */
export function expireTags(tags: Iterable<string>): void {
  for (const tag of new Set(tags)) {
    try {
      revalidateTag(tag, { expire: 0 })
    } catch (error) {
      if (isOutsideNextRequest(error)) return
      throw error
    }
  }
}
