import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core'

import { CHROMIUM_FLAGS } from './chromium'

export const baseUrl = () => {
  const url = process.env.E2E_BASE_URL
  if (!url) throw new Error('E2E_BASE_URL is not set: the e2e global setup did not start the app')
  return url
}

/** `describe` when the browser tests can run, `describe.skip` (with the hint printed) otherwise. */
export const e2eSkipReason = () => process.env.E2E_SKIP_REASON

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROME_PATH, args: CHROMIUM_FLAGS, headless: true })
}

export async function openPage(browser: Browser, path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport })
  const response = await page.goto(baseUrl() + path, { waitUntil: 'load' })
  if (!response) throw new Error(`No response for ${path}`)
  return page
}

/**
 * A page in a context of its own (axe needs one, and no cookies or storage leak between
 * tests). Close it with `closePageAndContext`, which awaits the context's close: a
 * context closed in the background can still be closing when the browser goes, and
 * that rejection fails every test of the file.
 */
export async function newIsolatedPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options })
  return context.newPage()
}

export async function closePageAndContext(page: Page): Promise<void> {
  await page.context().close()
}
