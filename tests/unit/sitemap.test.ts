import { describe, expect, it } from '@jest/globals'

import { withoutPayload } from '../helpers/without-payload'

// lib/seo/sitemap.ts reads through Payload; only the pure buildSitemap is under test here.
withoutPayload()

const { buildSitemap } = await import('@/lib/seo/sitemap')
const { siteUrl } = await import('@/lib/server/site-url')

const sources = {
  studioUpdatedAt: '2026-01-01T00:00:00.000Z',
  articles: [
    { slug: 'new-post', updatedAt: '2026-05-01T10:00:00.000Z', topicIds: [1] },
    { slug: 'old-post', updatedAt: '2026-02-01T10:00:00.000Z', topicIds: [1, 2] },
  ],
  topics: [
    { id: 1, slug: 'mobility', updatedAt: '2026-01-05T00:00:00.000Z' },
    { id: 2, slug: 'breathwork', updatedAt: '2026-03-01T00:00:00.000Z' },
    { id: 3, slug: 'empty', updatedAt: '2026-01-02T00:00:00.000Z' },
  ],
  exercises: [{ slug: 'ball-bridge', updatedAt: '2026-04-01T00:00:00.000Z' }],
  routines: [{ slug: 'desk-break', updatedAt: '2026-04-02T00:00:00.000Z' }],
  locations: [{ slug: 'brooklyn', updatedAt: '2026-06-01T00:00:00.000Z' }],
  instructors: [{ slug: 'maya', updatedAt: '2026-01-03T00:00:00.000Z' }],
  classes: [{ slug: 'foundations', updatedAt: '2026-01-04T00:00:00.000Z' }],
  offeringsUpdatedAt: null,
}

describe('buildSitemap', () => {
  const sitemap = buildSitemap(sources)
  const lastModified = (path: string) => {
    const entry = sitemap.find((item) => item.url === `${siteUrl()}${path}`)
    if (!entry) throw new Error(`${path} is not in the sitemap`)
    return entry.lastModified ? new Date(entry.lastModified).toISOString() : undefined
  }

  it('lists every page type once, with absolute URLs', () => {
    const paths = sitemap.map((entry) => entry.url.replace(siteUrl(), ''))
    expect(paths).toEqual([
      '/',
      '/blog',
      '/blog/new-post',
      '/blog/old-post',
      '/blog/topic/mobility',
      '/blog/topic/breathwork',
      '/blog/topic/empty',
      '/exercises',
      '/exercises/ball-bridge',
      '/routines',
      '/routines/desk-break',
      '/studio',
      '/schedule',
      '/studio/locations/brooklyn',
      '/studio/instructors/maya',
      '/classes/foundations',
      '/offerings',
    ])
  })

  it('dates a document by its own last change and a listing by the newest thing it lists', () => {
    expect(lastModified('/blog/old-post')).toBe('2026-02-01T10:00:00.000Z')
    expect(lastModified('/blog')).toBe('2026-05-01T10:00:00.000Z')
    expect(lastModified('/')).toBe('2026-05-01T10:00:00.000Z')
    // breathwork itself changed in March, after its only article.
    expect(lastModified('/blog/topic/breathwork')).toBe('2026-03-01T00:00:00.000Z')
    expect(lastModified('/blog/topic/mobility')).toBe('2026-05-01T10:00:00.000Z')
    expect(lastModified('/blog/topic/empty')).toBe('2026-01-02T00:00:00.000Z')
    expect(lastModified('/studio')).toBe('2026-06-01T00:00:00.000Z')
    expect(lastModified('/routines')).toBe('2026-04-02T00:00:00.000Z')
  })

  it('leaves lastModified out rather than inventing one when nothing is known', () => {
    expect(lastModified('/offerings')).toBeUndefined()
  })
})

describe('sitemap files', () => {
  const entries = (count: number) =>
    Array.from({ length: count }, (_, index) => ({ url: `${siteUrl()}/blog/post-${index}`, lastModified: new Date(Date.UTC(2026, 0, 1) + index * 60_000) }))

  it('is one urlset up to 5,000 URLs, with its text escaped', async () => {
    const { sitemapPartCount, urlsetXml } = await import('@/lib/seo/sitemap-xml')
    expect(sitemapPartCount(entries(5000))).toBe(1)
    const xml = urlsetXml([{ url: `${siteUrl()}/search?q=a&b=<c>` }])
    expect(xml).toContain('<loc>' + `${siteUrl()}/search?q=a&amp;b=&lt;c&gt;` + '</loc>')
    expect(xml).not.toContain('<lastmod>')
  })

  it('past 5,000 URLs becomes an index of parts, each dated by its newest entry, together listing every URL once', async () => {
    const { sitemapIndexXml, sitemapPart, sitemapPartCount } = await import('@/lib/seo/sitemap-xml')
    const all = entries(12_001)
    expect(sitemapPartCount(all)).toBe(3)
    const index = sitemapIndexXml(all)
    expect(index.match(/<sitemap>/g)).toHaveLength(3)
    expect(index).toContain(`<loc>${siteUrl()}/sitemap/2.xml</loc>`)
    expect(index).toContain(`<lastmod>${all[4999]!.lastModified.toISOString()}</lastmod>`)
    const parts = [0, 1, 2].map((part) => sitemapPart(all, part)!)
    expect(parts.map((part) => part.length)).toEqual([5000, 5000, 2001])
    expect(new Set(parts.flat().map((entry) => entry.url)).size).toBe(12_001)
    expect(sitemapPart(all, 3)).toBeNull()
    expect(sitemapPart(all, -1)).toBeNull()
  })
})
