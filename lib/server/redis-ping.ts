import { createClient } from '@redis/client'

const key = Symbol.for('bthemethod.redis-health-client')

/**
 * PING on a client of its own (created once per process), for the readiness check: the
 * cache handler's client reconnects quietly, which is right for pages but would hide an
 * outage from the load balancer.
 */
export async function pingRedis(url: string): Promise<string> {
  const store = globalThis as Record<symbol, Promise<{ ping: () => Promise<string> }> | undefined>
  const connecting = (store[key] ??= (async () => {
    const client = createClient({ url, socket: { connectTimeout: 2000, reconnectStrategy: () => 1000 } })
    client.on('error', () => {}) // reported by the failing PING below
    await client.connect()
    return client
  })().catch((error: unknown) => {
    store[key] = undefined
    throw error
  }))
  const client = await connecting
  return client.ping()
}
