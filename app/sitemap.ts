import type { MetadataRoute } from 'next'

import { getSitemap } from '@/lib/seo/sitemap'

/** /sitemap.xml: every published page with its last change; refreshed by the publish hooks' cache tags. */
export default function sitemap(): Promise<MetadataRoute.Sitemap> {
  return getSitemap()
}
