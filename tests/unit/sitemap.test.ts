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
