import { chromium, type Browser, type Page } from 'playwright-core'

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
