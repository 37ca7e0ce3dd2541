import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'node:path'

import { serverEnv } from './lib/server/env'
import { securityHeaderRules } from './lib/server/security-headers'
import { siteUrl } from './lib/server/site-url'

/** With REDIS_URL every instance shares one cache (lib/server/redis-cache-handler.mjs); read at `next start`. */
const sharedCache: Partial<NextConfig> = serverEnv().redisUrl
  ? { cacheHandler: path.join(process.cwd(), 'lib', 'server', 'redis-cache-handler.mjs'), cacheMaxMemorySize: 0 }
  : {}

const nextConfig: NextConfig = {
  ...sharedCache,
  // Tests build into their own folder so an e2e run never clobbers a developer's build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
  // `npm run dev` prints http://localhost; opening 127.0.0.1 instead should work too (HMR, admin).
  allowedDevOrigins: ['127.0.0.1'],
  reactStrictMode: true,
  images: {
    localPatterns: [{ pathname: '/api/media/file/**' }],
    // Fewer widths than Next's defaults (8 + 8): every image's srcset (and the hero's preload)
    // lists each one, which made up a ninth of the article's HTML. Kept: the steps phones pick
    // (750 for a 412 px screen at 1.75x, 1280 for 390 px at 3x) and 1920, the widest upload.
    deviceSizes: [640, 750, 828, 1080, 1280, 1920],
    imageSizes: [256, 384],
  },
  // The share cards read their fonts from disk (lib/seo/og/card.tsx): ship them with the standalone server.
  outputFileTracingIncludes: {
    '**/opengraph-image*': ['./lib/seo/og/fonts/*.woff'],
    '**/twitter-image*': ['./lib/seo/og/fonts/*.woff'],
  },
}

const withPayloadConfig = withPayload(nextConfig, { devBundleServerPackages: false })
const payloadHeaders = withPayloadConfig.headers

/**
 * Payload asks every response for the colour-scheme client hint with Critical-CH, which
 * makes browsers retry the first request of a visit. Only the admin uses the hint.
 * Then the security headers (CSP, HSTS, ...) of every response: lib/server/security-headers.ts.
 */
withPayloadConfig.headers = async () => [
  ...((await payloadHeaders?.()) ?? []).map((rule) => (rule.source === '/:path*' ? { ...rule, source: '/admin/:path*' } : rule)),
  ...securityHeaderRules({ nodeEnv: process.env.NODE_ENV, siteUrl: siteUrl() }),
]

export default withPayloadConfig
