/**
 * @jest-environment node
 */
import { describe, expect, it } from '@jest/globals'

import { clampDescription } from '@/lib/model/limits'
import { buildPageMetadata, socialImageOf } from '@/lib/seo/metadata'

const hero = {
  url: '/api/media/file/hero.jpg',
  mimeType: 'image/jpeg',
  width: 2400,
  height: 1600,
  alt: 'A small ball on a mat',
  sizes: { social: { url: '/api/media/file/hero-1200x630.jpg', width: 1200, height: 630 } },
}
const override = { ...hero, alt: 'Marketing picture', sizes: { social: { url: '/api/media/file/promo-1200x630.jpg', width: 1200, height: 630 } } }

describe('page metadata', () => {
  it("uses the document's own title, summary and picture, with a canonical URL", () => {
    const metadata = buildPageMetadata({ title: 'Ball Bridge', description: 'A slow bridge.', path: '/exercises/ball-bridge', image: hero })
    expect(metadata.title).toBe('Ball Bridge')
    expect(metadata.description).toBe('A slow bridge.')
    expect(metadata.alternates?.canonical).toBe('http://localhost:3000/exercises/ball-bridge')
    expect(metadata.openGraph).toMatchObject({
      title: 'Ball Bridge',
      url: 'http://localhost:3000/exercises/ball-bridge',
      siteName: 'B The Method',
      images: [{ url: 'http://localhost:3000/api/media/file/hero-1200x630.jpg', width: 1200, height: 630, alt: 'A small ball on a mat' }],
    })
    // X reads title, description and picture from the og: tags; only the card type is its own.
    expect(metadata.twitter).toEqual({ card: 'summary_large_image', images: [] })
  })

  it("lets the editor's SEO fields win: the title is used as written, without the brand suffix", () => {
    const metadata = buildPageMetadata({
      title: 'Ball Bridge',
      description: 'A slow bridge.',
      path: '/exercises/ball-bridge',
      image: hero,
      meta: { title: 'The bridge that wakes up your glutes', description: 'Try it today.', image: override },
    })
    expect(metadata.title).toEqual({ absolute: 'The bridge that wakes up your glutes' })
    expect(metadata.description).toBe('Try it today.')
    expect(metadata.openGraph?.images).toEqual([expect.objectContaining({ url: 'http://localhost:3000/api/media/file/promo-1200x630.jpg' })])
  })

  it('falls back to the studio default picture, and to a small card when there is none', () => {
    const withDefault = buildPageMetadata({ title: 'Offerings', path: '/offerings' }, hero)
    expect(withDefault.openGraph?.images).toHaveLength(1)
    const bare = buildPageMetadata({ title: 'Offerings', path: '/offerings' })
    expect(bare.openGraph?.images).toBeUndefined()
    expect(bare.twitter).toMatchObject({ card: 'summary' })
    expect(bare.description).toMatch(/low-impact mobility/)
  })

  it('leaves a generated share card in place unless the editor chose an image', () => {
    const card = buildPageMetadata({ title: 'Hips', path: '/blog/hips', image: hero, generatedCard: true }, hero)
    expect(card.openGraph?.images).toBeUndefined()
    expect(card.twitter).toMatchObject({ card: 'summary_large_image' })
    const chosen = buildPageMetadata({ title: 'Hips', path: '/blog/hips', generatedCard: true, meta: { image: override } })
    expect(chosen.openGraph?.images).toEqual([expect.objectContaining({ alt: 'Marketing picture' })])
  })

  it('describes articles as articles, with ISO dates and authors', () => {
    const metadata = buildPageMetadata({
      title: 'Hips',
      path: '/blog/hips',
      article: { publishedTime: '2026-03-01T09:00:00.000Z', modifiedTime: '2026-03-02T10:00:00.000Z', authors: ['Maya', null], tags: ['Mobility'] },
    })
    expect(metadata.openGraph).toMatchObject({ type: 'article', publishedTime: '2026-03-01T09:00:00.000Z', authors: ['Maya'], tags: ['Mobility'] })
  })

  it('ignores values that are not images (videos, unpopulated ids)', () => {
    expect(socialImageOf(42)).toBeNull()
    expect(socialImageOf({ url: '/a.mp4', mimeType: 'video/mp4', width: 10, height: 10 })).toBeNull()
  })

  it('keeps descriptions to about 155 characters, cut at a word', () => {
    const long = 'Gentle movement for the hips and the lower back, '.repeat(6)
    const clamped = clampDescription(long)
    expect(clamped.length).toBeLessThanOrEqual(155)
    expect(clamped.endsWith('…')).toBe(true)
    expect(clamped).not.toMatch(/\s…$/)
    expect(clampDescription('  Short   and sweet. ')).toBe('Short and sweet.')
  })
})
