/**
 * Next's cache (full-route pages and unstable_cache data) in Redis, shared by every
 * instance, when REDIS_URL is set (next.config.ts points `cacheHandler` here only then).
 *
 * @fortedigital/nextjs-cache-handler's redis-strings handler: it supports Next 16
 * (`revalidateTag(tag, profile)`, segment data since 3.3.0) and keeps tag expiry in a
 * shared Redis hash checked on every read, so a publish through one instance is a miss on
 * all of them at once. Keys are prefixed with the build ID: a new deploy never reads pages
 * rendered by the previous build. Plain JavaScript because Next loads this file itself.
 */
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { createClient } from '@redis/client'

/** A Redis that does not answer must not hold a page up: fall through to a render. */
const REDIS_TIMEOUT_MS = 1000

CacheHandler.onCreation(async ({ buildId }) => {
  // One client per process, however many times Next creates the handler.
  globalThis.__bthemethodRedisCache ??= (async () => {
    const client = createClient({
      url: process.env.REDIS_URL,
      socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(retries * 200, 2000) },
      pingInterval: 10_000,
    })
    client.on('error', (error) => console.error(`[cache] Redis: ${error.message}`))
    await client.connect()
    return client
  })()
  const client = await globalThis.__bthemethodRedisCache
  return {
    handlers: [createRedisHandler({ client, keyPrefix: `bthemethod:${buildId ?? 'dev'}:`, timeoutMs: REDIS_TIMEOUT_MS })],
  }
})

export default CacheHandler
