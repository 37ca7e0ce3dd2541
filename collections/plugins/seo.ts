import { seoPlugin } from '@payloadcms/plugin-seo'
import type { GenerateDescription, GenerateTitle, GenerateURL } from '@payloadcms/plugin-seo/types'

import { pathFor, routes } from '../../lib/model/routes'
import { PAGE_COLLECTIONS } from '../../lib/model/collections'
import { clampDescription } from '../../lib/model/limits'
import { absoluteUrl } from '../../lib/server/site-url'

/** Documents with a page of their own get editable search and social fields. */
export const SEO_COLLECTIONS = PAGE_COLLECTIONS
export const SEO_GLOBALS = ['studio'] as const

type SeoSource = {
  title?: string | null
  name?: string | null
  slug?: string | null
  excerpt?: string | null
  summary?: string | null
  description?: string | null
  bio?: string | null
  tagline?: string | null
}

const BRAND = 'B The Method'
const generateTitle: GenerateTitle<SeoSource> = ({ doc, globalConfig }) => {
  const name = doc?.title ?? doc?.name
  if (globalConfig || !name) return BRAND
  return `${name} | ${BRAND}`
}

const generateDescription: GenerateDescription<SeoSource> = ({ doc }) =>
  clampDescription(doc?.excerpt ?? doc?.summary ?? doc?.description ?? doc?.bio ?? doc?.tagline ?? '')

const generateURL: GenerateURL<SeoSource> = ({ doc, collectionConfig }) =>
  absoluteUrl((collectionConfig && pathFor(collectionConfig.slug, doc?.slug)) || routes.studio())

/**
 * Payload's SEO plugin: a "meta" group (title, description, image) with length hints,
 * "auto-generate" buttons and a search-result preview in the admin. Pages fall back to
 * the document's own title, excerpt and image when a field is left empty.
 */
export const seo = seoPlugin({
  collections: [...SEO_COLLECTIONS],
  globals: [...SEO_GLOBALS],
  uploadsCollection: 'media',
  tabbedUI: false,
  generateTitle,
  generateDescription,
  generateURL,
})
