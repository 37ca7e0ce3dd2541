import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'

import { previewSecret } from '@/lib/preview/preview-url'

import { api, loginAs } from '../helpers/api'
import { baseUrl, e2eSkipReason, launchBrowser } from '../helpers/browser'
import { E2E_PASSWORD } from '../helpers/e2e-setup'

const describeInBrowser = e2eSkipReason() ? describe.skip : describe
const SLUG = 'gentle-morning-spine-routine'
const previewPath = (path: string, secret = previewSecret()) =>
  `/preview?${new URLSearchParams({ path, secret }).toString()}`

async function previewRequest(path: string, options: { secret?: string; token?: string } = {}) {
  return fetch(baseUrl() + previewPath(path, options.secret), {
    redirect: 'manual',
    // As the browser sends it when following the admin's Preview button: same-origin. A
    // login cookie on a request without Origin or Sec-Fetch-Site is ignored (Payload's csrf).
    headers: options.token ? { cookie: `payload-token=${options.token.replace(/^JWT /, '')}`, 'sec-fetch-site': 'same-origin' } : {},
  })
}

describeInBrowser('draft preview', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('refuses a wrong secret, an anonymous visitor and a path off the site, without enabling draft mode', async () => {
    const marketing = await loginAs('marketing@bthemethod.test', E2E_PASSWORD)
    const wrongSecret = await previewRequest(`/blog/${SLUG}`, { secret: 'guess', token: marketing })
    expect(wrongSecret.status).toBe(403)
    expect(wrongSecret.headers.get('set-cookie') ?? '').not.toContain('__prerender_bypass')

    const anonymous = await previewRequest(`/blog/${SLUG}`)
    expect(anonymous.status).toBe(403)
    expect(anonymous.headers.get('set-cookie') ?? '').not.toContain('__prerender_bypass')

    const offSite = await previewRequest('//evil.example/steal', { token: marketing })
    expect(offSite.status).toBe(400)

    const allowed = await previewRequest(`/blog/${SLUG}`, { token: marketing })
    expect(allowed.status).toBe(307)
    expect(allowed.headers.get('location')).toBe(`/blog/${SLUG}`)
    expect(allowed.headers.get('set-cookie') ?? '').toContain('__prerender_bypass')
  })

  it('shows marketing the draft with a banner, visitors the published text, and exits cleanly', async () => {
    const marketing = await loginAs('marketing@bthemethod.test', E2E_PASSWORD)
    const { json } = await api<{ docs: { id: number; title: string }[] }>('GET', `/articles?where[slug][equals]=${SLUG}&depth=0`, marketing)
    const article = json.docs[0]
    const draftTitle = `Draft: ${article.title} ${Date.now()}`
    expect((await api('PATCH', `/articles/${article.id}?draft=true`, marketing, { title: draftTitle })).status).toBe(200)

    const reviewer = await browser.newContext()
    await reviewer.addCookies([{ name: 'payload-token', value: marketing.replace(/^JWT /, ''), url: baseUrl() }])
    const page = await reviewer.newPage()
    await page.goto(baseUrl() + previewPath(`/blog/${SLUG}`))
    expect(new URL(page.url()).pathname).toBe(`/blog/${SLUG}`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(draftTitle)
    expect(await page.getByText('Preview: draft content').isVisible()).toBe(true)

    const visitor = await browser.newContext()
    const visitorPage = await visitor.newPage()
    await visitorPage.goto(baseUrl() + `/blog/${SLUG}`)
    expect(await visitorPage.getByRole('heading', { level: 1 }).textContent()).toBe(article.title)
    expect(await visitorPage.getByText('Preview: draft content').count()).toBe(0)

    await page.getByRole('link', { name: 'Exit preview' }).click()
    await page.waitForURL((url) => url.pathname === `/blog/${SLUG}`)
    await page.getByRole('heading', { level: 1, name: article.title }).waitFor()
    expect(await page.getByText('Preview: draft content').count()).toBe(0)

    await reviewer.close()
    await visitor.close()
  })

  it('lets a reviewer without an account see one draft through a share link, until it is revoked', async () => {
    const marketing = await loginAs('marketing@bthemethod.test', E2E_PASSWORD)
    const find = async (slug: string) =>
      (await api<{ docs: { id: number; title: string }[] }>('GET', `/articles?where[slug][equals]=${slug}&depth=0`, marketing)).json.docs[0]
    const shared = await find('breathing-for-better-mobility')
    const other = await find('five-minute-desk-reset')
    const sharedDraft = `Shared draft ${Date.now()}`
    const otherDraft = `Not shared ${Date.now()}`
    await api('PATCH', `/articles/${shared.id}?draft=true`, marketing, { title: sharedDraft })
    await api('PATCH', `/articles/${other.id}?draft=true`, marketing, { title: otherDraft })

    const created = await api<{ doc: { id: number; shareUrl: string } }>('POST', '/preview-links', marketing, {
      label: 'Photographer review',
      document: { relationTo: 'articles', value: shared.id },
    })
    expect(created.status).toBe(201)
    // The link marketing copies: absolute, on the site's public origin.
    expect(created.json.doc.shareUrl.startsWith(`${baseUrl()}/preview/share/`)).toBe(true)
    const shareUrl = new URL(created.json.doc.shareUrl).pathname

    const reviewer = await browser.newContext()
    const page = await reviewer.newPage()
    await page.goto(baseUrl() + shareUrl)
    expect(new URL(page.url()).pathname).toBe('/blog/breathing-for-better-mobility')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(sharedDraft)
    expect(await page.getByText('Preview: draft content').isVisible()).toBe(true)

    // Single-document: another article's draft stays hidden from this reviewer.
    await page.goto(baseUrl() + '/blog/five-minute-desk-reset')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).not.toBe(otherDraft)

    expect((await api('PATCH', `/preview-links/${created.json.doc.id}`, marketing, { revoked: true })).status).toBe(200)
    await page.goto(baseUrl() + '/blog/breathing-for-better-mobility')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(shared.title)
    expect(await page.getByText('Preview: draft content').count()).toBe(0)

    const again = await page.goto(baseUrl() + shareUrl)
    expect(again?.status()).toBe(410)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('This preview link has expired')

    const tampered = await fetch(baseUrl() + shareUrl.slice(0, -3) + 'abc', { redirect: 'manual' })
    expect(tampered.status).toBe(404)
    expect(tampered.headers.get('set-cookie') ?? '').not.toMatch(/__prerender_bypass=[^;]/)
    await reviewer.close()
  })
})
