/**
 * Lengths and sizes that the content model enforces and the site relies on. Pure: no
 * Payload, no Next, so collections/ and lib/ can both import it without a circle.
 */

/** An article's excerpt: one or two sentences for cards and search results. */
export const EXCERPT_MAX = 300

/** Search engines show about 155 characters of a description. */
export const DESCRIPTION_LENGTH = 155

/** Largest accepted upload; enforced for every upload in payload.config.ts. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024

/** Cuts at a word boundary with an ellipsis. */
export function clampDescription(text: string, max = DESCRIPTION_LENGTH): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  const cut = clean.slice(0, max - 1)
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length).replace(/[,.;:!?-]+$/, '')}…`
}
