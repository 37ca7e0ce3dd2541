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
export async function timeUntilPage(path: string, predicate: (html: string) => boolean, deadlineMs = 5000, base = baseUrl()): Promise<number> {
  const started = performance.now()
  for (;;) {
    const html = await (await fetch(base + path)).text()
    const elapsed = performance.now() - started
    if (predicate(html)) return elapsed
    if (elapsed > deadlineMs) throw new Error(`${path} did not change within ${deadlineMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
