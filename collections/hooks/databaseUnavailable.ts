import type { AfterErrorHook } from 'payload'

import { isDatabaseUnreachable, RETRY_AFTER_SECONDS } from '../../lib/server/db-errors'

/**
 * An API request that failed because the database is away (a restart, a failover) is a
 * 503 with Retry-After, not a 500: the client did nothing wrong and may simply try again.
 * Payload merges req.responseHeaders into the error response.
 */
export const databaseUnavailableIs503: AfterErrorHook = ({ error, req }) => {
  if (!isDatabaseUnreachable(error)) return
  const headers = new Headers(req.responseHeaders)
  headers.set('Retry-After', String(RETRY_AFTER_SECONDS))
  req.responseHeaders = headers
  return { status: 503, response: { errors: [{ message: 'The database is not reachable right now. Please try again in a few seconds.' }] } }
}
