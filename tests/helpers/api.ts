import { previewSecret } from '@/lib/preview/preview-url'

import { baseUrl } from './browser'

/** Logs a seeded demo account in over REST and returns the Authorization header value. */
export async function loginAs(email: string, password: string, base = baseUrl()): Promise<string> {
  const response = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!response.ok) throw new Error(`login as ${email} failed: ${response.status}`)
  const { token } = (await response.json()) as { token: string }
  return `JWT ${token}`
}

export async function api<T = unknown>(method: string, path: string, auth?: string, body?: unknown, base = baseUrl()): Promise<{ status: number; json: T }> {
  const response = await fetch(`${base}/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, json: (await response.json().catch(() => null)) as T }
}

/** Fetches a page until `predicate` holds or the deadline passes; returns the elapsed milliseconds. */
export async function timeUntilPage(
  path: string,
  predicate: (html: string) => boolean,
  deadlineMs = 5000,
  base = baseUrl(),
  init: RequestInit = {},
): Promise<number> {
  const started = performance.now()
  for (;;) {
    const html = await (await fetch(base + path, init)).text()
    const elapsed = performance.now() - started
    if (predicate(html)) return elapsed
    if (elapsed > deadlineMs) throw new Error(`${path} did not change within ${deadlineMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/**
 * The request headers of a signed-in preview of `path`: the login and Next's draft-mode
 * cookie, as the admin's Preview button leaves them, sent as the browser's own navigation
 * would (Payload takes the login cookie only from the same site).
 */
export async function previewHeaders(auth: string, path: string, base = baseUrl()): Promise<Record<string, string>> {
  const login = `payload-token=${auth.replace(/^JWT /, '')}`
  const sameSite = { 'sec-fetch-site': 'same-origin' }
  const response = await fetch(`${base}/preview?${new URLSearchParams({ path, secret: previewSecret() })}`, { redirect: 'manual', headers: { cookie: login, ...sameSite } })
  const bypass = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).find((cookie) => cookie.startsWith('__prerender_bypass='))
  if (!bypass) throw new Error(`preview of ${path} answered ${response.status} without the draft-mode cookie`)
  return { cookie: `${login}; ${bypass}`, ...sameSite }
}
