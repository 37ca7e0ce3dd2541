import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'

import { baseUrl, e2eSkipReason, launchBrowser } from '../helpers/browser'

const describeInBrowser = e2eSkipReason() ? describe.skip : describe

describeInBrowser('the site in Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('serves the home page with the studio name from the CMS as its heading', async () => {
    const page = await browser.newPage()
    const response = await page.goto(baseUrl() + '/')
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('B The Method')
    expect(await page.getByRole('link', { name: 'Skip to content' }).count()).toBe(1)
    await page.close()
  })

  it('loads the pictures of the first offerings at once (the largest paint) and later ones lazily', async () => {
    const html = await (await fetch(baseUrl() + '/offerings')).text()
    const images = [...html.matchAll(/<img [^>]*>/g)].map((match) => match[0])
    expect(images.length).toBeGreaterThan(3)
    expect(images[0]).not.toContain('loading="lazy"')
    expect(images.at(-1)).toContain('loading="lazy"')
  })

  it('reports a healthy database on /api/health', async () => {
    const response = await fetch(baseUrl() + '/api/health')
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ status: 'ok', database: 'reachable', migrations: 'current' })
  })

  it('shows the admin login form at /admin', async () => {
    const page = await browser.newPage()
    await page.goto(baseUrl() + '/admin', { waitUntil: 'networkidle' })
    await page.getByLabel(/email/i).first().waitFor({ state: 'visible' })
    expect(page.url()).toContain('/admin/login')
    expect(await page.getByLabel(/password/i).first().isVisible()).toBe(true)
    expect(await page.getByRole('button', { name: /login/i }).isVisible()).toBe(true)
    await page.close()
  })
})
