import { VIDEO_EMBED_ORIGINS } from '../model/video-embeds'

/**
 * The Content-Security-Policy of each part of the app. Pure: next.config.ts turns these
 * into static response headers, which Next sends with prerendered and ISR pages too.
 *
 * Why scripts on the site allow 'unsafe-inline' (and nothing else is loosened):
 * the App Router writes its RSC payload into every page as inline scripts
 * (`self.__next_f.push(...)`). Three ways exist to let those run:
 * - a per-request nonce: Next can only stamp it while rendering, so every page would
 *   render per request and leave the full-route cache (the site's throughput rests on it);
 * - hashes: the inline scripts differ per page and change on every revalidation, and a
 *   static header cannot list them; hashing whatever the server sends at response time
 *   would also bless an injected script, which is no protection at all;
 * - `experimental.sri`: covers only the external chunks, not the inline payload
 *   (vercel/next.js#95354). Tried here with `script-src 'self'`: no page hydrated and
 *   the admin's login form never appeared.
 * So scripts may be inline, but only from this origin otherwise: no eval (outside
 * `next dev`), no other host, no plugins (object-src 'none'), no <base> hijack, forms
 * post only here. Content reaches pages through React, which escapes text, and the
 * rich-text and link fields refuse `javascript:` addresses (lib/model/safe-url.ts).
 */

export type PolicyOptions = {
  /** `next dev`: React's dev tools and fast refresh use eval. */
  development: boolean
  /** The site is served over https: ask browsers to upgrade any stray http address. */
  https: boolean
}

type Policy = Record<string, string[]>

const SELF = "'self'"
const NONE = "'none'"

export function serializePolicy(policy: Policy): string {
  return Object.entries(policy)
    .map(([directive, sources]) => [directive, ...sources].join(' '))
    .join('; ')
}

function scripts({ development }: PolicyOptions): string[] {
  return [SELF, "'unsafe-inline'", ...(development ? ["'unsafe-eval'"] : [])]
}

/** What every policy shares: nothing from elsewhere, no plugins, no <base>, forms post here. */
function baseline(options: PolicyOptions): Policy {
  return {
    'default-src': [SELF],
    'script-src': scripts(options),
    // React `style` props and next/image write style attributes; Payload's UI adds <style>.
    'style-src': [SELF, "'unsafe-inline'"],
    'img-src': [SELF, 'data:', 'blob:'],
    'font-src': [SELF],
    'media-src': [SELF],
    'connect-src': [SELF],
    'object-src': [NONE],
    'base-uri': [SELF],
    'form-action': [SELF],
    ...(options.https ? { 'upgrade-insecure-requests': [] } : {}),
  }
}

/**
 * The public site. Only pages of this origin may frame it: the admin's live preview
 * shows the page in an iframe on the same origin.
 */
export function sitePolicy(options: PolicyOptions): string {
  return serializePolicy({
    ...baseline(options),
    // The pages carry no <style> element, only style attributes (next/image, focal points):
    // stylesheets from this origin only, where a browser knows the split directives
    // (`next dev` injects <style> for its overlay and CSS refresh).
    'style-src-elem': [SELF, ...(options.development ? ["'unsafe-inline'"] : [])],
    'style-src-attr': ["'unsafe-inline'"],
    'frame-src': [VIDEO_EMBED_ORIGINS.youtube, VIDEO_EMBED_ORIGINS.vimeo],
    'frame-ancestors': [SELF],
  })
}

/**
 * Payload's admin: its UI sets inline scripts and styles and shows uploads as data: and
 * blob: previews; it frames the site for live preview and is framed by nobody.
 */
export function adminPolicy(options: PolicyOptions): string {
  return serializePolicy({
    ...baseline(options),
    'font-src': [SELF, 'data:'],
    'worker-src': [SELF, 'blob:'],
    'frame-src': [SELF],
    'frame-ancestors': [NONE],
  })
}

/**
 * REST, GraphQL and uploaded files: nothing in a response runs or loads anything, so an
 * uploaded SVG opened on its own cannot run a script on this origin.
 */
export function apiPolicy(): string {
  return serializePolicy({ 'default-src': [NONE], 'frame-ancestors': [NONE] })
}

/** The GraphQL playground page (development only) loads its app from a CDN. */
export function playgroundPolicy(): string {
  const cdn = 'https://cdn.jsdelivr.net'
  return serializePolicy({
    'default-src': [SELF],
    'script-src': [SELF, "'unsafe-inline'", cdn],
    'style-src': [SELF, "'unsafe-inline'", cdn, 'https://fonts.googleapis.com'],
    'font-src': [SELF, 'https://fonts.gstatic.com'],
    'img-src': [SELF, 'data:', cdn],
    'connect-src': [SELF],
    'frame-ancestors': [NONE],
  })
}
