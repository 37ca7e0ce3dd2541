import { PAGE_COLLECTIONS } from '../model/collections'
import { cachedRead, cacheTags } from '../server/cache'
import { getPayloadClient } from '../server/payload'
import { pathFor } from '../model/routes'
import { normalizeSitePath } from '../model/site-path'

/** A chain longer than this is treated as broken rather than followed further. */
const MAX_HOPS = 5

export type RedirectRule = { destination: string; permanent: boolean }

type Reference = { relationTo: string; value: number | { slug?: string | null; _status?: string | null } | null }

function destinationOf(to: { type?: string | null; url?: string | null; reference?: Reference | null } | null | undefined) {
  if (!to) return null
  if (to.type === 'custom') {
    const url = to.url?.trim()
    if (!url) return null
    return url.startsWith('/') ? normalizeSitePath(url) : /^https:\/\//i.test(url) ? url : null
  }
  const target = to.reference?.value
  // Unpublished or deleted documents have no page to send anyone to.
  if (!target || typeof target !== 'object' || target._status === 'draft') return null
  return pathFor(to.reference!.relationTo, target.slug)
}

/**
 * Every redirect as old path -> final destination, chains already followed. One query,
 * cached until a redirect or a page that redirects point at changes.
 */
export function getRedirectRules(): Promise<Record<string, RedirectRule>> {
  const tags = [cacheTags.collection('redirects'), ...PAGE_COLLECTIONS.map((collection) => cacheTags.collection(collection))]
  return cachedRead(['redirects', 'rules'], tags, async () => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'redirects',
      pagination: false,
      depth: 1,
      overrideAccess: true,
      select: { from: true, to: true, type: true },
      populate: Object.fromEntries(PAGE_COLLECTIONS.map((collection) => [collection, { slug: true, _status: true }])),
    })
    const direct = new Map<string, RedirectRule>()
    for (const doc of docs) {
      const destination = destinationOf(doc.to as never)
      if (destination) direct.set(normalizeSitePath(doc.from), { destination, permanent: doc.type !== '307' })
    }
    const rules: Record<string, RedirectRule> = {}
    for (const [from, rule] of direct) {
      let final = rule
      for (let hop = 0; hop < MAX_HOPS && direct.has(final.destination); hop++) {
        const next = direct.get(final.destination)!
        final = { destination: next.destination, permanent: final.permanent && next.permanent }
      }
      if (final.destination !== from) rules[from] = final
    }
    return rules
  })
}

export async function findRedirect(path: string): Promise<RedirectRule | null> {
  return (await getRedirectRules())[normalizeSitePath(path)] ?? null
}
