import { describe, expect, it } from '@jest/globals'

import { securityHeaderRules, type HeaderRule } from '@/lib/server/security-headers'

const rules = (nodeEnv: string, siteUrl = 'https://bthemethod.com') => securityHeaderRules({ nodeEnv, siteUrl })

/** The headers a path gets, as Next applies the rules: every matching rule in order, a later one winning per header. */
function headersFor(all: HeaderRule[], path: string): Record<string, string> {
  const matches = (source: string) => {
    if (source.endsWith('/:path*')) {
      const prefix = source.slice(0, -'/:path*'.length)
      return path === prefix || path.startsWith(`${prefix}/`) || prefix === ''
    }
    return source === path
  }
  return Object.assign({}, ...all.filter((rule) => matches(rule.source)).map((rule) => Object.fromEntries(rule.headers.map((h) => [h.key, h.value]))))
}

/** "script-src 'self' 'unsafe-inline'; ..." -> { 'script-src': ["'self'", "'unsafe-inline'"], ... } */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]))
}

describe('security headers', () => {
  it('gives the public site a CSP that lets only this origin frame it, loads nothing from elsewhere but video embeds, and no eval', () => {
    const csp = directives(headersFor(rules('production'), '/blog/some-article')['Content-Security-Policy'])
    expect(csp['default-src']).toEqual(["'self'"])
    expect(csp['script-src']).toEqual(["'self'", "'unsafe-inline'"])
    expect(csp['object-src']).toEqual(["'none'"])
    expect(csp['base-uri']).toEqual(["'self'"])
    expect(csp['form-action']).toEqual(["'self'"])
    expect(csp['connect-src']).toEqual(["'self'"])
    expect(csp['img-src']).toEqual(["'self'", 'data:', 'blob:'])
    expect(csp['style-src-elem']).toEqual(["'self'"])
    expect(csp['style-src-attr']).toEqual(["'unsafe-inline'"])
    expect(csp['frame-ancestors']).toEqual(["'self'"])
    expect(csp['frame-src']).toEqual(['https://www.youtube-nocookie.com', 'https://player.vimeo.com'])
    expect(csp).toHaveProperty('upgrade-insecure-requests')
  })

  it("lets nobody frame the admin, while the admin may frame the site for live preview", () => {
    const headers = headersFor(rules('production'), '/admin/collections/articles/1')
    const csp = directives(headers['Content-Security-Policy'])
    expect(csp['frame-ancestors']).toEqual(["'none'"])
    expect(csp['frame-src']).toEqual(["'self'"])
    expect(csp['script-src']).not.toContain("'unsafe-eval'")
    expect(headers['X-Frame-Options']).toBe('DENY')
    expect(directives(headersFor(rules('production'), '/admin')['Content-Security-Policy'])['frame-ancestors']).toEqual(["'none'"])
  })

  it('lets API answers and uploaded files run and load nothing', () => {
    const headers = headersFor(rules('production'), '/api/media/file/picture.svg')
    expect(headers['Content-Security-Policy']).toBe("default-src 'none'; frame-ancestors 'none'")
  })

  it("allows 'unsafe-eval' in development only, and the playground's CDN only there", () => {
    for (const path of ['/', '/admin']) {
      expect(directives(headersFor(rules('development'), path)['Content-Security-Policy'])['script-src']).toContain("'unsafe-eval'")
      expect(directives(headersFor(rules('production'), path)['Content-Security-Policy'])['script-src']).not.toContain("'unsafe-eval'")
    }
    expect(headersFor(rules('development'), '/api/graphql-playground')['Content-Security-Policy']).toContain('https://cdn.jsdelivr.net')
    expect(headersFor(rules('production'), '/api/graphql-playground')['Content-Security-Policy']).not.toContain('cdn.jsdelivr.net')
  })

  it('sends HSTS in production only, and asks for https upgrades only when the site is on https', () => {
    expect(headersFor(rules('production'), '/')['Strict-Transport-Security']).toMatch(/^max-age=\d{8,}; includeSubDomains$/)
    expect(headersFor(rules('development'), '/')['Strict-Transport-Security']).toBeUndefined()
    expect(headersFor(rules('test'), '/')['Strict-Transport-Security']).toBeUndefined()
    expect(headersFor(rules('production', 'http://localhost:3000'), '/')['Content-Security-Policy']).not.toContain('upgrade-insecure-requests')
  })

  it('sends nosniff, the referrer policy and a permissions policy that denies devices but keeps the screen awake for routines', () => {
    for (const path of ['/', '/admin', '/api/articles']) {
      const headers = headersFor(rules('production'), path)
      expect(headers['X-Content-Type-Options']).toBe('nosniff')
      expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin')
      const policy = headers['Permissions-Policy'].split(', ')
      expect(policy).toEqual(expect.arrayContaining(['camera=()', 'microphone=()', 'geolocation=()', 'screen-wake-lock=(self)']))
    }
  })
})
