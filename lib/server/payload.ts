import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The one door to Payload's Local API for server components, routes and lib/ modules. */
export function getPayloadClient(): Promise<Payload> {
  return getPayload({ config })
}
