import { describe, expect, it } from '@jest/globals'

import { previewSecret } from '@/lib/preview/preview-url'

import { loginAs } from '../helpers/api'
import { baseUrl, e2eSkipReason } from '../helpers/browser'
import { E2E_PASSWORD } from '../helpers/e2e-setup'

const describeOverHttp = e2eSkipReason() ? describe.skip : describe
const ARTICLE = '/blog/hip-mobility-and-lower-back-pain'

const get = (path: string, init: RequestInit = {}) => fetch(baseUrl() + path, { redirect: 'manual', ...init })

/** "a b; c d" -> { a: ['b'], c: ['d'] } */
function directives(policy: string | null): Record<string, string[]> {
  return Object.fromEntries((policy ?? '').split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]))
}

/** A cookie of a Set-Cookie header: its value by its name, its attributes lower-cased ({ httponly: true, samesite: 'lax', ... }). */
function cookieFlags(setCookie: string, name: string): Record<string, string | true> {
  const line = setCookie.split(/,(?=\s*[\w-]+=)/).find((candidate) => candidate.trim().startsWith(`${name}=`))
  if (!line) throw new Error(`No ${name} cookie in: ${setCookie}`)
  const [pair, ...attributes] = line.split(';').map((part) => part.trim())
  const value = pair.slice(pair.indexOf('=') + 1)
  // Browsers read HttpOnly and Secure by name alone (Payload writes "Secure=true").
  const flags = attributes.map((part) => part.split('=')).map(([key, flag]) => [key.toLowerCase(), /^(httponly|secure)$/i.test(key) ? true : (flag?.toLowerCase() ?? true)])
  return { [name]: value, ...Object.fromEntries(flags) }
}

const expectPrivateNoStore = (response: Response) => {
  const cacheControl = response.headers.get('cache-control') ?? ''
  expect(cacheControl).toMatch(/\bprivate\b/)
  expect(cacheControl).toMatch(/\bno-store\b/)
}

describeOverHttp('security headers over HTTP (production build)', () => {
  it('sends every public page its CSP, HSTS, nosniff, the referrer and permissions policies', async () => {
    for (const path of ['/', '/blog', ARTICLE, '/exercises', '/search?q=hip', '/schedule', '/blog/rss.xml']) {
      const response = await get(path)
      expect(response.status).toBe(200)
      const csp = directives(response.headers.get('content-security-policy'))
      expect({ path, frameAncestors: csp['frame-ancestors'], objectSrc: csp['object-src'], defaultSrc: csp['default-src'] }).toEqual({
        path,
        frameAncestors: ["'self'"],
        objectSrc: ["'none'"],
        defaultSrc: ["'self'"],
      })
      expect(csp['script-src']).not.toContain("'unsafe-eval'")
      expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=\d+; includeSubDomains$/)
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
      expect(response.headers.get('permissions-policy')).toContain('screen-wake-lock=(self)')
      expect(response.headers.get('permissions-policy')).toContain('camera=()')
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    }
  })

  it('still serves published pages from the full-route cache, shareable by caches', async () => {
    for (const path of ['/', ARTICLE]) {
      await get(path)
      const response = await get(path)
      expect(response.headers.get('x-nextjs-cache')).toMatch(/HIT|STALE/)
      expect(response.headers.get('cache-control') ?? '').not.toMatch(/private|no-store/)
    }
  })

  it('lets nobody frame the admin, and keeps its pages private, no-store', async () => {
    const response = await get('/admin/login')
    expect(response.status).toBe(200)
    expect(directives(response.headers.get('content-security-policy'))['frame-ancestors']).toEqual(["'none'"])
    expect(response.headers.get('x-frame-options')).toBe('DENY')
    expectPrivateNoStore(response)
  })

  it('keeps REST and GraphQL answers private, no-store, and has API answers load nothing', async () => {
    const rest = await get('/api/articles?limit=1&depth=0')
    expectPrivateNoStore(rest)
    expect(rest.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'")
    const graphql = await get('/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ Articles(limit: 1) { totalDocs } }' }) })
    expect(graphql.status).toBe(200)
    expectPrivateNoStore(graphql)
  })

  it('refuses GraphQL introspection and has no playground in production', async () => {
    const introspection = await get('/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __schema { types { name } } }' }) })
    expect(introspection.status).toBe(400)
    expect(JSON.stringify(await introspection.json())).toMatch(/introspection is not allowed/)
    expect((await get('/api/graphql-playground')).status).toBe(404)
  })

  it('sets the login cookie HttpOnly, SameSite=Lax and Secure', async () => {
    const response = await get('/api/users/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'editor@bthemethod.test', password: E2E_PASSWORD }),
    })
    expect(response.status).toBe(200)
    expect(cookieFlags(response.headers.get('set-cookie') ?? '', 'payload-token')).toMatchObject({ httponly: true, samesite: 'lax', secure: true })
    expectPrivateNoStore(response)
  })

  it('keeps preview answers and draft pages private, no-store, with a SameSite=Lax, HttpOnly, Secure draft cookie', async () => {
    const refused = await get(`/preview?${new URLSearchParams({ path: ARTICLE, secret: 'guess' })}`)
    expect(refused.status).toBe(403)
    expectPrivateNoStore(refused)

    const token = (await loginAs('marketing@bthemethod.test', E2E_PASSWORD)).replace(/^JWT /, '')
    const staff = { cookie: `payload-token=${token}`, 'sec-fetch-site': 'same-origin' }
    const redirect = await get(`/preview?${new URLSearchParams({ path: ARTICLE, secret: previewSecret() })}`, { headers: staff })
    expect(redirect.status).toBe(307)
    expectPrivateNoStore(redirect)
    const setCookie = redirect.headers.get('set-cookie') ?? ''
    const draftCookie = cookieFlags(setCookie, '__prerender_bypass')
    expect(draftCookie).toMatchObject({ httponly: true, samesite: 'lax', secure: true })

    const draftPage = await get(ARTICLE, { headers: { ...staff, cookie: `${staff.cookie}; __prerender_bypass=${draftCookie.__prerender_bypass}` } })
    expect(draftPage.status).toBe(200)
    expect(await draftPage.text()).toContain('Preview: draft content')
    expectPrivateNoStore(draftPage)

    const exit = await get(`/preview/exit?path=${ARTICLE}`)
    expect(exit.status).toBe(307)
    expectPrivateNoStore(exit)
  })
})
