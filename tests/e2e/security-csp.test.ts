import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { api, loginAs } from '../helpers/api'
import { baseUrl, e2eSkipReason, launchBrowser } from '../helpers/browser'
import { nextScriptsRan, watchCsp } from '../helpers/csp-watch'
import { E2E_PASSWORD } from '../helpers/e2e-setup'

const describeInBrowser = e2eSkipReason() ? describe.skip : describe

/** Every public page type: each must load and hydrate under the site's CSP with nothing refused. */
const PUBLIC_PAGES = [
  ['home', '/'],
  ['journal', '/blog'],
  ['article', '/blog/hip-mobility-and-lower-back-pain'],
  ['exercises', '/exercises'],
  ['exercise', '/exercises/ball-bridge'],
  ['studio', '/studio'],
  ['location', '/studio/locations/brooklyn'],
  ['instructor', '/studio/instructors/maya-delgado'],
  ['class', '/classes/ball-foundations'],
  ['offerings', '/offerings'],
  ['search', '/search?q=hip'],
  ['schedule', '/schedule'],
] as const

/** The 404 page, drawn on the server and hydrated like the rest. */
const MISSING_PAGES = [
  ['missing article', '/blog/no-such-article'],
  ['unknown address', '/no-such-page'],
] as const

/** Chromium logs a document's own 404 status as a console error: the one error those pages may show. */
const OWN_404 = 'Failed to load resource: the server responded with a status of 404 (Not Found)'

/** An exercise no other test looks at, given a YouTube video for the embed check. */
const VIDEO_EXERCISE = 'chair-spinal-twist'

describeInBrowser('Content-Security-Policy in Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  async function open(context: BrowserContext, path: string): Promise<{ page: Page; watch: Awaited<ReturnType<typeof watchCsp>> }> {
    const page = await context.newPage()
    const watch = await watchCsp(page)
    await page.goto(baseUrl() + path, { waitUntil: 'networkidle' })
    return { page, watch }
  }

  for (const [name, path] of [...PUBLIC_PAGES, ...MISSING_PAGES]) {
    it(`${name} (${path}) runs Next's scripts with 0 CSP violations and 0 console errors`, async () => {
      const context = await browser.newContext()
      try {
        const { page, watch } = await open(context, path)
        expect(await nextScriptsRan(page)).toEqual({ chunks: true, inline: true })
        expect(await watch.violations()).toEqual([])
        expect(watch.otherErrors).toEqual(MISSING_PAGES.some(([, missing]) => missing === path) ? [OWN_404] : [])
      } finally {
        await context.close()
      }
    })
  }

  it('an exercise with a YouTube video embeds it without a CSP violation', async () => {
    const editor = await loginAs('editor@bthemethod.test', E2E_PASSWORD)
    const { json } = await api<{ docs: { id: number }[] }>('GET', `/exercises?where[slug][equals]=${VIDEO_EXERCISE}&depth=0`, editor)
    const video = { source: 'external', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' }
    expect((await api('PATCH', `/exercises/${json.docs[0].id}`, editor, { video, _status: 'published' })).status).toBe(200)
    const context = await browser.newContext()
    try {
      const { page, watch } = await open(context, `/exercises/${VIDEO_EXERCISE}`)
      expect(await page.locator('iframe[src^="https://www.youtube-nocookie.com/embed/"]').count()).toBe(1)
      // The machine is offline, so the frame itself fails to load; what matters is that no policy refused it.
      expect(await watch.violations()).toEqual([])
    } finally {
      await context.close()
    }
  })

  describe('the admin', () => {
    let context: BrowserContext
    beforeAll(async () => {
      context = await browser.newContext()
    })
    afterAll(async () => {
      await context?.close()
    })

    it('shows the login page, signs in and opens an article for editing, with 0 CSP violations', async () => {
      const { page, watch } = await open(context, '/admin/login')
      await page.getByLabel(/email/i).first().fill('editor@bthemethod.test')
      await page.getByLabel(/password/i).first().fill(E2E_PASSWORD)
      await page.getByRole('button', { name: /login/i }).click()
      await page.waitForURL((url) => url.pathname === '/admin')
      expect(await watch.violations()).toEqual([])

      const token = await loginAs('editor@bthemethod.test', E2E_PASSWORD)
      const { json } = await api<{ docs: { id: number }[] }>('GET', '/articles?where[slug][equals]=hip-mobility-and-lower-back-pain&depth=0', token)
      const edit = await open(context, `/admin/collections/articles/${json.docs[0].id}`)
      await edit.page.locator('#field-title').first().waitFor({ state: 'visible' })
      await edit.page.locator('[data-lexical-editor="true"]').first().waitFor({ state: 'visible' })
      expect(await edit.watch.violations()).toEqual([])
      await edit.page.close()
      await page.close()
    })

    it('may frame the site (live preview), while nobody may frame the admin', async () => {
      const page = await context.newPage()
      await page.goto(`${baseUrl()}/admin`, { waitUntil: 'networkidle' })
      const frameOf = async (src: string) => {
        await page.evaluate((url) => {
          const frame = document.createElement('iframe')
          frame.src = url
          document.body.append(frame)
        }, src)
        await page.waitForTimeout(1500)
        return page.frames().find((frame) => frame !== page.mainFrame() && (frame.url() === baseUrl() + src || frame.url().startsWith('chrome-error:')))
      }
      const site = await frameOf('/blog/hip-mobility-and-lower-back-pain')
      expect(site?.url()).toBe(`${baseUrl()}/blog/hip-mobility-and-lower-back-pain`)
      expect(await site!.getByRole('heading', { level: 1 }).textContent()).toContain('Hip Mobility')
      const admin = await frameOf('/admin/account')
      expect(admin?.url() ?? 'chrome-error:').toMatch(/^chrome-error:/)
      await page.close()
    })
  })

  it('lets no other origin frame the site', async () => {
    const page = await browser.newPage()
    await page.setContent(`<iframe src="${baseUrl()}/blog"></iframe>`)
    await page.waitForTimeout(1500)
    expect(page.frames()[1]?.url()).toMatch(/^chrome-error:/)
    await page.close()
  })
})
