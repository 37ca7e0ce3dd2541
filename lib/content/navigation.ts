import type { Footer, Header, LinkField } from '@/payload-types'

import { cachedRead, cacheTags } from '../server/cache'
import { readMode } from './read-mode'
import { getPayloadClient } from '../server/payload'
import { LINKABLE_COLLECTIONS } from '../model/collections'
import { pathFor } from '../model/routes'
import { safeHref } from '../model/safe-url'

export type NavLink = { label: string; href: string; external: boolean; newTab: boolean }

/** A CMS link (a document of ours or a URL) as something a <Link> can render; null if it points nowhere. */
export function resolveLink(link: LinkField | null | undefined): NavLink | null {
  if (!link?.label) return null
  if (link.type === 'internal') {
    const reference = link.reference
    if (!reference || typeof reference.value !== 'object') return null
    const href = pathFor(reference.relationTo, (reference.value as { slug?: string }).slug)
    return href ? { label: link.label, href, external: false, newTab: Boolean(link.newTab) } : null
  }
  const href = safeHref(link.url)
  if (!href) return null
  return { label: link.label, href, external: /^https?:/.test(href), newTab: Boolean(link.newTab) }
}

const linkPopulate = Object.fromEntries(
  LINKABLE_COLLECTIONS.map((collection) => [collection, { slug: true }]),
)

export type SiteNavigation = {
  header: NavLink[]
  footer: { title: string; links: NavLink[] }[]
  newsletter: { blurb: string | null; url: string | null }
}

/** Header and footer menus, with internal links resolved to current paths. */
export async function getNavigation(): Promise<SiteNavigation> {
  return cachedRead(['navigation'], [cacheTags.global('header'), cacheTags.global('footer')], async () => {
    const payload = await getPayloadClient()
    const [header, footer]: [Header, Footer] = await Promise.all([
      payload.findGlobal({ slug: 'header', ...readMode(), depth: 1, populate: linkPopulate }),
      payload.findGlobal({ slug: 'footer', ...readMode(), depth: 1, populate: linkPopulate }),
    ])
    const resolveAll = (items: { link: LinkField }[] | null | undefined) =>
      (items ?? []).map((item) => resolveLink(item.link)).filter((link): link is NavLink => link !== null)
    return {
      header: resolveAll(header.navItems),
      footer: (footer.columns ?? []).map((column) => ({ title: column.title, links: resolveAll(column.links) })),
      newsletter: { blurb: footer.newsletterBlurb ?? null, url: safeHref(footer.newsletterUrl) },
    }
  })
}
