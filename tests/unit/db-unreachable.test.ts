import { describe, expect, it } from '@jest/globals'

import { databaseUnavailableIs503 } from '@/collections/hooks/databaseUnavailable'
import { isDatabaseUnreachable } from '@/lib/server/db-errors'

function wrapped(inner: object): Error {
  return Object.assign(new Error('Failed query: select ...'), { cause: inner })
}

describe('a database that cannot be reached', () => {
  it('is told apart from a bad query, also when wrapped by Drizzle', () => {
    expect(isDatabaseUnreachable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true)
    expect(isDatabaseUnreachable(wrapped({ code: '57P01', message: 'terminating connection due to administrator command' }))).toBe(true)
    expect(isDatabaseUnreachable(wrapped({ code: '57P03', message: 'the database system is starting up' }))).toBe(true)
    expect(isDatabaseUnreachable(wrapped(new Error('Connection terminated unexpectedly')))).toBe(true)
    expect(isDatabaseUnreachable(new Error('timeout exceeded when trying to connect'))).toBe(true)
    // Payload's transaction start folds the driver's error into its own message.
    expect(isDatabaseUnreachable(new Error('Error: cannot begin transaction: connect ECONNREFUSED 127.0.0.1:5432'))).toBe(true)
    expect(isDatabaseUnreachable(wrapped({ code: '23505', message: 'duplicate key value violates unique constraint' }))).toBe(false)
    expect(isDatabaseUnreachable(new Error('The following field is invalid: title'))).toBe(false)
    expect(isDatabaseUnreachable(undefined)).toBe(false)
  })

  it('makes an API error a 503 with Retry-After; other errors pass through untouched', async () => {
    const req = { responseHeaders: undefined } as unknown as Parameters<typeof databaseUnavailableIs503>[0]['req']
    const unreachable = await databaseUnavailableIs503({ error: wrapped({ code: 'ECONNREFUSED' }), req } as never)
    expect(unreachable).toMatchObject({ status: 503 })
    expect(req.responseHeaders?.get('Retry-After')).toBe('5')
    expect(await databaseUnavailableIs503({ error: new Error('ValidationError'), req: { responseHeaders: undefined } } as never)).toBeUndefined()
  })
})
