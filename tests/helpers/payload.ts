import { getPayload, type Payload } from 'payload'

import { closePayload } from '../../lib/server/payload-lifecycle'

/** Payload's Local API on the integration database prepared by int-setup. */
export async function startPayload(): Promise<Payload> {
  const { default: config } = await import('@payload-config')
  return getPayload({ config })
}

export { closePayload }
