import type { Payload } from 'payload'

/**
 * The one door to Payload's Local API for server components, routes and lib/ modules.
 * Payload and the config (every collection, the editor, the database adapter) are loaded
 * on the first read, not with the page's module: a page served from the full-route cache
 * never reads, so a fresh instance answers its first cached pages without loading them.
 */
export async function getPayloadClient(): Promise<Payload> {
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
  return getPayload({ config })
}
