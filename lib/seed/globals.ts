import { site } from '../../seed/studio'
import type { SeedLink } from '../../seed/types'
import type { SeedContext } from './context'

const LINKABLE = ['articles', 'exercises', 'topics', 'locations', 'instructors'] as const
const isLinkable = (collection: string): collection is (typeof LINKABLE)[number] => (LINKABLE as readonly string[]).includes(collection)

/** Studio, Header and Footer: filled once; after that they belong to the studio's staff. */
export async function seedGlobals(ctx: SeedContext) {
  const { payload } = ctx
  const toLink = (entry: SeedLink) => {
    if (entry.internal) {
      const { collection, slug } = entry.internal
      if (!isLinkable(collection)) throw new Error(`Seed link target ${collection}/${slug} is not defined`)
      const reference = { relationTo: collection, value: ctx.ref(collection, slug) }
      return { link: { type: 'internal' as const, label: entry.label, newTab: entry.newTab ?? false, reference } }
    }
    return { link: { type: 'custom' as const, label: entry.label, newTab: entry.newTab ?? false, url: entry.url } }
  }

  const studio = await payload.findGlobal({ slug: 'studio', depth: 0, draft: true })
  if (!studio.updatedAt) {
    await payload.updateGlobal({
      slug: 'studio',
      data: { ...site.studio, defaultSeoImage: ctx.ref('media', site.studio.defaultSeoImage), _status: 'published' },
    })
  }
  ctx.note(!studio.updatedAt, 'global studio')

  const header = await payload.findGlobal({ slug: 'header', depth: 0 })
  if (!header.updatedAt) {
    await payload.updateGlobal({ slug: 'header', data: { navItems: site.header.navItems.map(toLink) as never } })
  }
  ctx.note(!header.updatedAt, 'global header')

  const footer = await payload.findGlobal({ slug: 'footer', depth: 0 })
  if (!footer.updatedAt) {
    await payload.updateGlobal({
      slug: 'footer',
      data: {
        columns: site.footer.columns.map((column) => ({ title: column.title, links: column.links.map(toLink) })) as never,
        newsletterBlurb: site.footer.newsletterBlurb,
        newsletterUrl: site.footer.newsletterUrl,
      },
    })
  }
  ctx.note(!footer.updatedAt, 'global footer')
}
