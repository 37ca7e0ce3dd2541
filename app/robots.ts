import type { MetadataRoute } from 'next'

import { routes } from '@/lib/model/routes'
import { absoluteUrl } from '@/lib/server/site-url'

/**
 * /robots.txt: the public site is open to crawlers; the admin, the API and draft preview
 * are not pages anyone should find in search results. Uploaded images are served under
 * /api too: they stay allowed (the longer rule wins), or link previews that honour
 * robots.txt (X/Twitter) would show no picture.
 */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: ['/', '/api/media/file/'], disallow: ['/admin', '/api/', '/preview'] },
    sitemap: absoluteUrl(routes.sitemap()),
  }
}
