import { adminPolicy, apiPolicy, playgroundPolicy, sitePolicy, type PolicyOptions } from './content-security-policy'

/**
 * The security headers of every response, as `headers()` rules for next.config.ts. Next
 * applies these to prerendered and ISR pages as they leave the full-route cache, so no
 * page renders per request to get them. Where rules match the same path, the later rule
 * wins per header: the site's rule first, then the admin's and the API's.
 */

export type HeaderRule = { source: string; headers: { key: string; value: string }[] }

export type SecurityHeaderOptions = {
  nodeEnv: string | undefined
  /** The public origin (NEXT_PUBLIC_SERVER_URL); https there turns on upgrade-insecure-requests. */
  siteUrl: string
}

/**
 * Features no page uses, refused for the page and every frame in it. The routine player
 * keeps the screen awake while a routine runs, so the Screen Wake Lock stays on for this
 * origin. Only names Chromium knows: an unknown one is a console error on every page
 * (Chromium 156 dropped 'bluetooth' from its list, so it is not named).
 */
export const PERMISSIONS_POLICY = [
  'camera=()',
  'microphone=()',
  'geolocation=()',
  'payment=()',
  'usb=()',
  'serial=()',
  'hid=()',
  'midi=()',
  'magnetometer=()',
  'display-capture=()',
  'browsing-topics=()',
  'screen-wake-lock=(self)',
].join(', ')

/** Two years, the value browsers' preload lists ask for; https only, so production only. */
export const HSTS = 'max-age=63072000; includeSubDomains'

const header = (key: string, value: string) => ({ key, value })

export function securityHeaderRules({ nodeEnv, siteUrl }: SecurityHeaderOptions): HeaderRule[] {
  const development = nodeEnv === 'development'
  const options: PolicyOptions = { development, https: siteUrl.startsWith('https://') }
  const everywhere = [
    header('X-Content-Type-Options', 'nosniff'),
    header('Referrer-Policy', 'strict-origin-when-cross-origin'),
    header('Permissions-Policy', PERMISSIONS_POLICY),
    ...(nodeEnv === 'production' ? [header('Strict-Transport-Security', HSTS)] : []),
  ]
  return [
    {
      source: '/:path*',
      headers: [
        ...everywhere,
        header('Content-Security-Policy', sitePolicy(options)),
        // For browsers without CSP frame-ancestors.
        header('X-Frame-Options', 'SAMEORIGIN'),
      ],
    },
    {
      source: '/admin/:path*',
      headers: [header('Content-Security-Policy', adminPolicy(options)), header('X-Frame-Options', 'DENY')],
    },
    {
      source: '/api/:path*',
      headers: [header('Content-Security-Policy', apiPolicy()), header('X-Frame-Options', 'DENY')],
    },
    // The playground exists in development only (payload.config.ts turns it off otherwise).
    ...(development ? [{ source: '/api/graphql-playground', headers: [header('Content-Security-Policy', playgroundPolicy())] }] : []),
  ]
}
