import type { Page } from 'playwright-core'

/**
 * Watches a page for Content-Security-Policy violations, both ways a browser reports them:
 * `securitypolicyviolation` events (recorded by a script injected through DevTools, which
 * no page policy can block) and the console lines Chromium writes ("Refused to …").
 */
export type CspWatch = {
  /** One line per violation: the directive and what was blocked. */
  violations: () => Promise<string[]>
  /** Console errors that are not CSP reports. */
  otherErrors: string[]
}

declare global {
  interface Window {
    __cspViolations?: string[]
  }
}

const CSP_CONSOLE = /Content Security Policy|Refused to (load|execute|apply|frame|connect|evaluate)/i

export async function watchCsp(page: Page): Promise<CspWatch> {
  const fromConsole: string[] = []
  const otherErrors: string[] = []
  page.on('console', (message) => {
    const text = message.text()
    if (CSP_CONSOLE.test(text)) fromConsole.push(text)
    else if (message.type() === 'error') otherErrors.push(text)
  })
  page.on('pageerror', (error) => otherErrors.push(`uncaught: ${error.message}`))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      ;(window.__cspViolations ??= []).push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`)
    })
  })
  return {
    otherErrors,
    violations: async () => {
      // A page that navigated away or closed has no list left to read.
      const fromEvents = await page.evaluate(() => window.__cspViolations ?? []).catch(() => [] as string[])
      return [...fromEvents, ...fromConsole]
    },
  }
}

/**
 * Whether Next's scripts ran: its chunks (they set `window.next`) and its inline scripts
 * (they fill `self.__next_f` with the RSC payload). A policy that blocks either breaks hydration.
 */
export async function nextScriptsRan(page: Page): Promise<{ chunks: boolean; inline: boolean }> {
  return page.evaluate(() => {
    const scope = self as unknown as { next?: { appDir?: boolean }; __next_f?: unknown }
    return { chunks: scope.next?.appDir === true, inline: Array.isArray(scope.__next_f) }
  })
}
