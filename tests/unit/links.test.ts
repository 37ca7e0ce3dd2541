import { describe, expect, it } from '@jest/globals'

import type { LinkField, Media } from '@/payload-types'

import { withoutPayload } from '../helpers/without-payload'

// lib/content/navigation.ts also reads menus through Payload; only its pure resolveLink is under test here.
withoutPayload()

const { resolveLink } = await import('@/lib/content/navigation')
const { embedUrl } = await import('@/components/exercise/ExerciseVideo')
const { toSiteImage } = await import('@/lib/content/media')
const { pathFor, routes } = await import('@/lib/model/routes')

const internal = (relationTo: string, value: unknown, extra: Partial<LinkField> = {}) =>
  ({ type: 'internal', label: 'Read more', reference: { relationTo, value }, ...extra }) as LinkField

describe('resolveLink', () => {
  it('turns a populated internal reference into the document’s current path', () => {
    expect(resolveLink(internal('articles', { id: 3, slug: 'why-hips' }))).toEqual({ label: 'Read more', href: '/blog/why-hips', external: false, newTab: false })
    expect(resolveLink(internal('exercises', { id: 4, slug: 'glute-bridge' }))?.href).toBe('/exercises/glute-bridge')
    expect(resolveLink(internal('topics', { id: 5, slug: 'mobility' }))?.href).toBe('/blog/topic/mobility')
    expect(resolveLink(internal('locations', { id: 6, slug: 'downtown' }, { newTab: true }))).toMatchObject({ href: '/studio/locations/downtown', newTab: true })
    expect(resolveLink(internal('offerings', { id: 7, slug: 'monthly' }))?.href).toBe('/offerings#monthly')
  })

  it('drops an internal link whose document was not populated (an id only) or has no slug', () => {
    expect(resolveLink(internal('articles', 42))).toBeNull()
    expect(resolveLink(internal('articles', { id: 42 }))).toBeNull()
    expect(resolveLink({ type: 'internal', label: 'Nowhere', reference: null })).toBeNull()
  })

  it('keeps a custom https URL as an external link', () => {
    expect(resolveLink({ type: 'custom', label: 'Book', url: 'https://book.example.com/studio', newTab: true })).toEqual({
      label: 'Book',
      href: 'https://book.example.com/studio',
      external: true,
      newTab: true,
    })
  })

  it('keeps a site path, mailto: and tel: as non-external links', () => {
    expect(resolveLink({ type: 'custom', label: 'Studio', url: '/studio' })).toEqual({ label: 'Studio', href: '/studio', external: false, newTab: false })
    expect(resolveLink({ type: 'custom', label: 'Write', url: 'mailto:hello@example.com' })?.external).toBe(false)
    expect(resolveLink({ type: 'custom', label: 'Call', url: 'tel:+15550100' })?.external).toBe(false)
  })

  it('drops a link without a label or without a URL', () => {
    expect(resolveLink({ type: 'custom', label: '', url: '/studio' })).toBeNull()
    expect(resolveLink({ type: 'custom', label: 'Studio', url: null })).toBeNull()
    expect(resolveLink(null)).toBeNull()
    expect(resolveLink(undefined)).toBeNull()
  })
})

describe('routes and pathFor', () => {
  it('maps collections to their public paths, and nothing for collections without pages', () => {
    expect(pathFor('instructors', 'ana')).toBe('/studio/instructors/ana')
    expect(pathFor('classes', 'mat-basics')).toBe('/classes/mat-basics')
    expect(pathFor('media', 'photo')).toBeNull()
    expect(pathFor('articles', null)).toBeNull()
    expect(pathFor('articles', '')).toBeNull()
  })

  it('puts page 1 of a listing at its plain address', () => {
    expect(routes.blog()).toBe('/blog')
    expect(routes.blog(1)).toBe('/blog')
    expect(routes.blog(3)).toBe('/blog/page/3')
    expect(routes.topic('hips', 2)).toBe('/blog/topic/hips/page/2')
  })
})

describe('embedUrl', () => {
  it('turns YouTube watch, short and embed links into privacy-friendly embeds', () => {
    expect(embedUrl('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s')).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ')
    expect(embedUrl('https://youtube.com/watch?v=dQw4w9WgXcQ')).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ')
    expect(embedUrl('https://youtu.be/dQw4w9WgXcQ?si=share')).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ')
    expect(embedUrl('https://www.youtube.com/embed/dQw4w9WgXcQ')).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ')
  })

  it('turns Vimeo links into a do-not-track player', () => {
    expect(embedUrl('https://vimeo.com/76979871')).toBe('https://player.vimeo.com/video/76979871?dnt=1')
    expect(embedUrl('https://player.vimeo.com/video/76979871')).toBe('https://player.vimeo.com/video/76979871?dnt=1')
  })

  it('refuses other hosts, look-alike hosts and non-URLs', () => {
    expect(embedUrl('https://example.com/video.mp4')).toBeNull()
    expect(embedUrl('https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ')).toBeNull()
    expect(embedUrl('https://www.youtube.com/')).toBeNull()
    expect(embedUrl('not a url')).toBeNull()
  })
})

describe('toSiteImage', () => {
  const photo = {
    id: 9,
    alt: 'A woman lying on a mat with a small ball between her knees',
    caption: 'Ball squeeze',
    credit: 'Studio photo',
    url: '/api/media/file/squeeze.jpg',
    mimeType: 'image/jpeg',
    width: 2400,
    height: 1600,
    focalX: 30,
    focalY: 70,
    sizes: {
      card: { url: '/api/media/file/squeeze-800x600.jpg', width: 800, height: 600 },
      hero: { url: null, width: null, height: null },
    },
    updatedAt: '2026-01-01T00:00:00.000Z',
    createdAt: '2026-01-01T00:00:00.000Z',
  } satisfies Media

  it('picks the requested size with its own dimensions, and the editor’s focal point', () => {
    expect(toSiteImage(photo, 'card')).toEqual({
      src: '/api/media/file/squeeze-800x600.jpg',
      width: 800,
      height: 600,
      alt: 'A woman lying on a mat with a small ball between her knees',
      caption: 'Ball squeeze',
      credit: 'Studio photo',
      objectPosition: '30% 70%',
    })
  })

  it('falls back to the original when the size was not generated, and for "original"', () => {
    expect(toSiteImage(photo, 'hero')).toMatchObject({ src: '/api/media/file/squeeze.jpg', width: 2400, height: 1600 })
    expect(toSiteImage(photo, 'original')).toMatchObject({ src: '/api/media/file/squeeze.jpg', width: 2400, height: 1600 })
    expect(toSiteImage({ ...photo, sizes: undefined })).toMatchObject({ src: '/api/media/file/squeeze.jpg' })
  })

  it('gives the site’s own files as paths, as the image optimiser takes them, whatever origin Payload prefixed', () => {
    const previous = process.env.NEXT_PUBLIC_SERVER_URL
    process.env.NEXT_PUBLIC_SERVER_URL = 'https://bthemethod.example/'
    try {
      const absolute = { ...photo, url: 'https://bthemethod.example/api/media/file/squeeze.jpg', sizes: undefined }
      expect(toSiteImage(absolute)).toMatchObject({ src: '/api/media/file/squeeze.jpg' })
      // Another host's file (a CDN) is left as it is.
      expect(toSiteImage({ ...absolute, url: 'https://cdn.example/squeeze.jpg' })).toMatchObject({ src: 'https://cdn.example/squeeze.jpg' })
      expect(toSiteImage({ ...absolute, url: 'https://bthemethod.example.evil/api/media/file/squeeze.jpg' })).toMatchObject({
        src: 'https://bthemethod.example.evil/api/media/file/squeeze.jpg',
      })
    } finally {
      if (previous === undefined) delete process.env.NEXT_PUBLIC_SERVER_URL
      else process.env.NEXT_PUBLIC_SERVER_URL = previous
    }
  })

  it('centres the crop without a focal point and tolerates missing text', () => {
    expect(toSiteImage({ ...photo, focalX: null, focalY: undefined, caption: undefined, credit: null })).toMatchObject({
      objectPosition: '50% 50%',
      caption: null,
      credit: null,
    })
  })

  it('returns null for videos, bare ids, missing values and files without dimensions', () => {
    expect(toSiteImage({ ...photo, mimeType: 'video/mp4' })).toBeNull()
    expect(toSiteImage(9)).toBeNull()
    expect(toSiteImage(null)).toBeNull()
    expect(toSiteImage(undefined)).toBeNull()
    expect(toSiteImage({ ...photo, url: null })).toBeNull()
    expect(toSiteImage({ ...photo, width: null, sizes: undefined })).toBeNull()
  })
})
