import { afterEach, describe, expect, it } from '@jest/globals'

import { trustedOrigins } from '@/lib/server/site-url'

const saved = { site: process.env.NEXT_PUBLIC_SERVER_URL, internal: process.env.INTERNAL_URL }
afterEach(() => {
  for (const [key, value] of [['NEXT_PUBLIC_SERVER_URL', saved.site], ['INTERNAL_URL', saved.internal]] as const) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
})

describe('trustedOrigins (Payload csrf and cors)', () => {
  it('trusts the public origin and the server\'s own address, as origins', () => {
    process.env.NEXT_PUBLIC_SERVER_URL = 'https://bthemethod.com/'
    process.env.INTERNAL_URL = 'http://127.0.0.1:3000'
    expect(trustedOrigins('production')).toEqual(['https://bthemethod.com', 'http://127.0.0.1:3000'])
  })

  it('trusts both loopback names in development only', () => {
    delete process.env.NEXT_PUBLIC_SERVER_URL
    process.env.INTERNAL_URL = 'http://127.0.0.1:4000'
    expect(trustedOrigins('development')).toEqual(['http://localhost:3000', 'http://127.0.0.1:3000', 'http://127.0.0.1:4000', 'http://localhost:4000'])
    expect(trustedOrigins('production')).toEqual(['http://localhost:3000', 'http://127.0.0.1:4000'])
  })
})
