import AxeBuilder from '@axe-core/playwright'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'

import { projectRoot } from '@/lib/server/paths'
import { articles } from '@/seed/articles'

import { baseUrl, closePageAndContext, e2eSkipReason, launchBrowser, newIsolatedPage } from '../helpers/browser'
import { markupOnly } from '../helpers/rsc-payload'

const describeInBrowser = e2eSkipReason() ? describe.skip : describe
const SCREENSHOTS = path.join(projectRoot, 'test-results', 'screenshots')
const draftSlug = articles.find((article) => article.status === 'draft')!.slug

/** Every page type, with a heading or text that proves its content came from the CMS. */
const PAGE_TYPES = [
  { name: 'home', path: '/', heading: 'B The Method', text: 'From the journal' },
  { name: 'blog', path: '/blog', heading: 'The B The Method journal', text: 'How Hip Mobility Shapes a Comfortable Lower Back' },
  { name: 'topic', path: '/blog/topic/breathwork', heading: 'Breathwork', text: 'All topics' },
  { name: 'article', path: '/blog/hip-mobility-and-lower-back-pain', heading: 'How Hip Mobility Shapes a Comfortable Lower Back', text: 'Back to blog' },
  { name: 'exercises', path: '/exercises', heading: 'Move a little, every day', text: 'Ball Bridge' },
  { name: 'exercise', path: '/exercises/ball-bridge', heading: 'Ball Bridge', text: 'Who should skip this' },
  { name: 'routines', path: '/routines', heading: 'What to do at home today', text: 'Ten-Minute Hip Release' },
  { name: 'routine', path: '/routines/ten-minute-hip-release', heading: 'Ten-Minute Hip Release', text: 'Half-Kneeling Hip Flexor Stretch' },
  { name: 'studio', path: '/studio', heading: 'Come and move with us', text: 'Opening hours' },
  { name: 'location', path: '/studio/locations/brooklyn', heading: 'B The Method Brooklyn', text: 'Opening hours' },
  { name: 'instructor', path: '/studio/instructors/maya-delgado', heading: 'Maya Delgado', text: 'Specialties' },
  { name: 'class', path: '/classes/ball-foundations', heading: 'Ball Foundations', text: 'Taught by' },
  { name: 'schedule', path: '/schedule', heading: 'This week at the studio', text: 'Add the timetable to your calendar' },
  { name: 'offerings', path: '/offerings', heading: 'Find your way in', text: 'Membership' },
  { name: 'not-found', path: '/blog/no-such-article', heading: 'We couldn’t find that page', text: 'Journal', status: 404 },
]

describeInBrowser('public pages in Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
    mkdirSync(SCREENSHOTS, { recursive: true })
  })
  afterAll(async () => {
    await browser?.close()
  })

  async function visit(pagePath: string, viewport = { width: 1280, height: 900 }): Promise<{ page: Page; status: number }> {
    const page = await newIsolatedPage(browser, { viewport })
    const response = await page.goto(baseUrl() + pagePath, { waitUntil: 'load' })
    return { page, status: response?.status() ?? 0 }
  }

  for (const pageType of PAGE_TYPES) {
    it(`${pageType.name} (${pageType.path}) answers ${pageType.status ?? 200}, shows its content, passes axe, and is screenshotted`, async () => {
      const { page, status } = await visit(pageType.path)
      try {
        expect(status).toBe(pageType.status ?? 200)
        const h1 = page.getByRole('heading', { level: 1 })
        await h1.first().waitFor({ state: 'visible' })
        expect(await h1.count()).toBe(1)
        expect(await h1.textContent()).toContain(pageType.heading)
        expect(await page.getByText(pageType.text, { exact: false }).first().isVisible()).toBe(true)
        expect(await page.getByRole('link', { name: 'Skip to content' }).count()).toBe(1)
        expect(await page.getByRole('main').count()).toBe(1)

        const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
        const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
        expect(summary).toEqual([])

        await page.screenshot({ path: path.join(SCREENSHOTS, `${pageType.name}-desktop.png`), fullPage: true })
        await page.setViewportSize({ width: 390, height: 844 })
        await page.screenshot({ path: path.join(SCREENSHOTS, `${pageType.name}-mobile.png`), fullPage: true })
      } finally {
        await closePageAndContext(page)
      }
    })
  }

  it('renders the hip mobility article with the seed article\'s structure', async () => {
    const { page } = await visit('/blog/hip-mobility-and-lower-back-pain')
    try {
      const h2s = await page.locator('article h2').allTextContents()
      expect(h2s.filter((text) => /^Why /.test(text))).toHaveLength(1)
      expect(h2s.filter((text) => /^How /.test(text))).toHaveLength(1)
      const lists = page.locator('.prose-bthemethod ol')
      expect(await lists.count()).toBe(2)
      expect(await lists.nth(0).locator('> li').count()).toBe(3)
      expect(await lists.nth(1).locator('> li').count()).toBe(5)
      // The embedded exercise is a card linking to the exercise page.
      expect(await page.getByRole('complementary', { name: /Exercise:/ }).getByRole('link').first().getAttribute('href')).toMatch(/^\/exercises\//)
      expect(await page.getByRole('complementary', { name: /Caution/ }).count()).toBe(1)
    } finally {
      await closePageAndContext(page)
    }
  })

  it('filters the exercise library, reflects filters in the URL, and the back button undoes them', async () => {
    const { page } = await visit('/exercises')
    try {
      const count = async () => page.locator('#results-heading + ul > li').count()
      const all = await count()
      await page.getByRole('group', { name: 'Body area' }).getByLabel(/^Hips/).check()
      await page.waitForURL(/area=hips/)
      await page.waitForFunction((before) => document.querySelectorAll('#results-heading + ul > li').length < before, all)
      const hips = await count()
      expect(hips).toBeLessThan(all)

      await page.getByRole('group', { name: 'Level' }).getByLabel(/^Beginner/).check()
      await page.waitForURL(/level=beginner/)
      await page.waitForFunction((before) => document.querySelectorAll('#results-heading + ul > li').length <= before, hips)
      expect(page.url()).toMatch(/area=hips/)

      await page.goBack()
      await page.waitForURL((url) => !url.search.includes('level='))
      await page.waitForFunction((expected) => document.querySelectorAll('#results-heading + ul > li').length === expected, hips)
      expect(await page.getByRole('group', { name: 'Level' }).getByLabel(/^Beginner/).isChecked()).toBe(false)

      await page.getByRole('link', { name: 'Clear all filters' }).click()
      await page.waitForURL((url) => url.search === '')
      await page.waitForFunction((expected) => document.querySelectorAll('#results-heading + ul > li').length === expected, all)
    } finally {
      await closePageAndContext(page)
    }
  })

  it('filters without JavaScript too (server-rendered results from the query string)', async () => {
    const page = await newIsolatedPage(browser, { javaScriptEnabled: false })
    try {
      await page.goto(baseUrl() + '/exercises')
      await page.getByRole('group', { name: 'Equipment' }).getByLabel(/^Chair/).check()
      await page.getByRole('button', { name: 'Show exercises' }).click()
      await page.waitForURL(/equipment=chair/)
      const names = await page.locator('#results-heading + ul h3').allTextContents()
      expect(names.length).toBeGreaterThan(0)
      expect(names).toContain('Chair Spinal Twist')
      expect(names).not.toContain('Ball Bridge')
    } finally {
      await closePageAndContext(page)
    }
  })

  it('answers 404 for an unknown slug on every detail route, and for a draft, with the page drawn on the server', async () => {
    const missing = ['/no-such-page', '/blog/nope', `/blog/${draftSlug}`, '/exercises/nope', '/routines/nope', '/studio/locations/nope', '/studio/instructors/nope', '/classes/nope', '/blog/topic/nope', '/blog/page/99', '/blog/page/0']
    for (const pagePath of missing) {
      const response = await fetch(baseUrl() + pagePath)
      expect({ pagePath, status: response.status }).toEqual({ pagePath, status: 404 })
      // Without scripts (a crawler, a failed download) the page is there: message, header, footer.
      const markup = markupOnly(await response.text())
      expect({ pagePath, message: markup.includes('We couldn’t find that page</h1>') }).toEqual({ pagePath, message: true })
      expect(markup).toMatch(/<html lang="en"/)
      expect(markup).toMatch(/class="[^"]*site-header-bar/)
      expect(markup).toMatch(/class="[^"]*footer-grid/)
      expect(markup).toContain('<meta name="robots" content="noindex"/>')
    }
  })

  it('opens and closes the mobile menu', async () => {
    const { page } = await visit('/', { width: 390, height: 844 })
    try {
      const button = page.getByRole('button', { name: 'Menu' })
      expect(await button.getAttribute('aria-expanded')).toBe('false')
      await button.click()
      expect(await button.getAttribute('aria-expanded')).toBe('true')
      await page.locator('#mobile-menu').getByRole('link', { name: 'Exercises' }).click()
      await page.waitForURL(/\/exercises$/)
      expect(await page.getByRole('button', { name: 'Menu' }).getAttribute('aria-expanded')).toBe('false')
    } finally {
      await closePageAndContext(page)
    }
  })
})
