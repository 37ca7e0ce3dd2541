/** @jest-environment node */
import { describe, expect, it, jest } from '@jest/globals'
import fc from 'fast-check'

import { withoutPayload } from '../helpers/without-payload'

// The preview routes run outside a Next request here: draft mode and cookies are stand-ins.
withoutPayload()
jest.unstable_mockModule('next/headers', () => ({
  draftMode: async () => ({ enable: () => undefined, disable: () => undefined }),
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
  headers: async () => new Headers(),
}))

const { safeInternalPath } = await import('@/lib/preview/preview-url')
const { decodePathSegments } = await import('@/lib/model/site-path')
const { GET: exitPreview } = await import('@/app/(site)/preview/exit/route')
const { GET: startPreview } = await import('@/app/(site)/preview/route')

const ORIGIN = 'http://localhost:3000'
const SEED = Number(process.env.FUZZ_SEED ?? 16)

/** Paths an attacker would try: other hosts disguised with control characters, escapes, slashes. */
const hostilePath = fc.oneof(
  fc.constantFrom('/%09/evil.example', '/%0a/evil.example', '/%00', '/blog%0d%0aSet-Cookie:x=1', '//evil.example', '/\\evil.example', '/%5cevil.example', 'https://evil.example', '/%E0%A4%A'),
  fc.string({ unit: 'binary', maxLength: 40 }).map((tail) => `/${encodeURIComponent(tail)}`),
  fc.tuple(fc.constantFrom('\t', '\n', '\r', '\u0000', ' ', '\u00a0', '\u2028', '/', '\\'), fc.webSegment()).map(([sneak, host]) => encodeURIComponent(`/${sneak}/${host}`)),
)

const exitUrl = (encodedPath: string) => `${ORIGIN}/preview/exit?path=${encodedPath}`

/** Where a browser would go after this redirect (it drops tabs and line breaks, as the WHATWG URL parser does). */
const landsOn = (location: string) => new URL(location.replace(/[\t\n\r]/g, ''), ORIGIN).origin

describe('/preview/exit stays on the site', () => {
  it('sends /%09/evil.example home, not to evil.example', async () => {
    const response = await exitPreview(new Request(exitUrl('/%09/evil.example')))
    expect(response.status).toBe(307)
    expect(response.headers.get('location')).toBe('/')
  })

  it('answers a safe redirect, never a 500, for a path with a NUL or a line break', async () => {
    for (const path of ['/%00', '/a%0a', '/a%0d%0aSet-Cookie:x=1']) {
      const response = await exitPreview(new Request(exitUrl(path)))
      expect([response.status, response.headers.get('location')]).toEqual([307, '/'])
    }
  })

  it('for any generated path: a redirect to this origin', async () => {
    await fc.assert(
      fc.asyncProperty(hostilePath, async (path) => {
        const response = await exitPreview(new Request(exitUrl(path)))
        expect(response.status).toBe(307)
        expect(landsOn(response.headers.get('location')!)).toBe(ORIGIN)
      }),
      { seed: SEED, numRuns: 300 },
    )
  })
})

describe('/preview refuses paths it cannot keep on the site', () => {
  it('400 for a NUL or a line break, with the reason', async () => {
    const response = await startPreview(new Request(`${ORIGIN}/preview?path=/blog/x%0a&secret=x`))
    expect(response.status).toBe(400)
    expect(await response.text()).toMatch(/path on this site/)
  })

  it('for any generated path and secret: 400 or 403, never a redirect off the site', async () => {
    await fc.assert(
      fc.asyncProperty(hostilePath, fc.string({ maxLength: 40 }), async (path, secret) => {
        const response = await startPreview(new Request(`${ORIGIN}/preview?path=${path}&secret=${encodeURIComponent(secret)}`))
        expect([400, 403]).toContain(response.status)
      }),
      { seed: SEED, numRuns: 200 },
    )
  })
})

describe('safeInternalPath and decodePathSegments', () => {
  it('a path it accepts has no control character or space and cannot name another host', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => {
        const path = safeInternalPath(`/${text}`)
        if (path === null) return
        expect(path).not.toMatch(/[\u0000-\u0020\u007f]/)
        expect(new URL(path, ORIGIN).origin).toBe(ORIGIN)
      }),
      { seed: SEED, numRuns: 500 },
    )
  })

  it('a broken percent-escape in an unknown address is null (a 404), not a URIError', () => {
    expect(decodePathSegments(['%E0%A4%A'])).toBeNull()
    expect(decodePathSegments(['old-blog', 'hip%20mobility'])).toBe('/old-blog/hip mobility')
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 12 }), { maxLength: 4 }), (segments) => {
        expect(() => decodePathSegments(segments)).not.toThrow()
      }),
      { seed: SEED, numRuns: 300 },
    )
  })
})
