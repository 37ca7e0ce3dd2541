/**
 * The production app server, as `npm start` runs it (lib/server/runtime.ts): Next's own
 * request handler (the same one `next start` uses) behind the page cache of
 * lib/server/page-cache.ts. PAGE_CACHE=off serves Next alone.
 *
 * SIGTERM and SIGINT: stop taking connections, let the requests in flight finish, then
 * exit (lib/server/shutdown.ts closes the database pools on the way out), as `next start` does.
 */
import { createServer } from 'node:http'

import { createClient } from '@redis/client'
import next from 'next'

import { serverEnv } from '../lib/server/env'
import { installPageCacheHook, PageCache, servePages } from '../lib/server/page-cache'
import { projectRoot } from '../lib/server/paths'
import { startGateOpened } from '../lib/server/start-gate'
import { UNAVAILABLE_PAGE_HTML, UNAVAILABLE_RETRY_AFTER_SECONDS } from '../lib/server/unavailable-page'

// Listening for `npm start`'s word from the first moment (lib/server/start-gate.ts).
const gateOpened = startGateOpened()
const env = serverEnv()
const app = next({ dev: false, dir: projectRoot, port: env.port, hostname: 'localhost' })
await app.prepare()
const handle = app.getRequestHandler()

let handler: (request: Parameters<typeof handle>[0], response: Parameters<typeof handle>[1]) => unknown = (request, response) => handle(request, response)
if (env.pageCache) {
  const cache = new PageCache()
  const publishes = env.redisUrl ? await shareForgetting(env.redisUrl, () => cache.forget()) : null
  installPageCacheHook({
    forget: () => {
      cache.forget()
      publishes?.()
    },
  })
  handler = servePages(handler, cache, { html: UNAVAILABLE_PAGE_HTML, retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS })
}

/**
 * Several instances over one Redis: a publish on any of them makes every instance forget
 * its stored pages (a Redis channel), so none answers an old page for its remaining second.
 * Returns the function that tells the others; a Redis that is away only logs.
 */
async function shareForgetting(url: string, forget: () => void): Promise<() => void> {
  const channel = `bthemethod:pages-published:${new URL(url).pathname.replace(/^\/$/, '') || '/0'}`
  const options = { url, socket: { connectTimeout: 2000, reconnectStrategy: (retries: number) => Math.min(retries * 200, 2000) } }
  const publisher = createClient(options)
  const subscriber = createClient(options)
  for (const client of [publisher, subscriber]) client.on('error', (error: Error) => console.error(`[page-cache] Redis: ${error.message}`))
  try {
    await Promise.all([publisher.connect(), subscriber.connect()])
    await subscriber.subscribe(channel, forget)
  } catch (error) {
    console.error(`[page-cache] Redis did not answer (${(error as Error).message}): other instances hear of publishes within a second`)
  }
  return () => {
    publisher.publish(channel, '1').catch((error: Error) => console.error(`[page-cache] could not tell the other instances: ${error.message}`))
  }
}

const server = createServer((request, response) => {
  void handler(request, response)
})
// Prepared while `npm start` checked the database; serve only once it has passed.
await gateOpened
server.listen(env.port, () => console.log(`[bthemethod] serving on http://localhost:${env.port}${env.pageCache ? '' : ' (page cache off)'}`))

let stopping = false
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    // Idle keep-alive connections close now; busy ones once their request is answered.
    server.close(() => {
      void app.close().finally(() => process.exit(signal === 'SIGTERM' ? 143 : 130))
    })
  })
}
