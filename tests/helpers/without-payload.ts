import { jest } from '@jest/globals'

/**
 * For unit tests of the pure parts of lib/ modules that also read through Payload: the
 * Payload client and Next's data cache refuse to be used, so a test can only pass by
 * exercising the pure functions. Call before importing the module under test.
 */
export function withoutPayload(): void {
  jest.unstable_mockModule('@/lib/server/payload', () => ({
    getPayloadClient: () => {
      throw new Error('no Payload in unit tests')
    },
  }))
  jest.unstable_mockModule('@/lib/server/cache', () => ({
    cachedRead: () => {
      throw new Error('no Next cache in unit tests')
    },
    cacheTags: {
      collection: (slug: string) => `collection:${slug}`,
      doc: (collection: string, slug: string) => `doc:${collection}:${slug}`,
      global: (slug: string) => `global:${slug}`,
    },
  }))
}
