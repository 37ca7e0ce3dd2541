/**
 * Which link addresses content may carry. Only these reach a page as a live link:
 * https:, http:, mailto:, tel:, paths on this site (/…) and #anchors. Everything else
 * (javascript:, data:, vbscript:, file:, a protocol-relative //host …) is refused on save
 * and dropped on output, however it is disguised: any case, whitespace or control
 * characters inside the scheme, HTML entities (java&#x09;script:), leading spaces.
 */
const SAFE_SCHEMES = new Set(['https', 'http', 'mailto', 'tel'])

const NAMED_ENTITIES: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', sol: '/', amp: '&', nbsp: ' ' }

/** What a browser would make of the address: entities decoded, invisible characters gone. */
function canonical(url: string): string {
  let decoded = url
  // Entities can nest (&amp;#x09;): decode until nothing changes, a few rounds at most.
  for (let round = 0; round < 3; round++) {
    const next = decoded
      .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16) || 0))
      .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec) || 0))
      .replace(/&([a-z]+);/gi, (whole, name: string) => NAMED_ENTITIES[name.toLowerCase()] ?? whole)
    if (next === decoded) break
    decoded = next
  }
  // Browsers ignore ASCII whitespace and control characters inside a scheme.
  return decoded.replace(/[\u0000-\u0020\u007f-\u00a0\u200b-\u200d\u2028\u2029\ufeff]/g, '')
}

/** The scheme a browser would read ("javascript" for "java&#x09;script:…"); null for paths and anchors. */
export function schemeOf(url: string): string | null {
  return /^([a-z][a-z0-9+.-]*):/i.exec(canonical(url))?.[1]?.toLowerCase() ?? null
}

/** Why an address may not be a link, as a sentence for the editor; null when it is fine. */
export function unsafeUrlReason(url: string | null | undefined): string | null {
  if (url == null || url === '') return null
  const clean = canonical(String(url))
  if (clean.startsWith('#')) return null
  if (clean.startsWith('//') || clean.startsWith('\\') || clean.startsWith('/\\')) {
    return 'addresses starting with // point to another site: write the full https:// address'
  }
  if (clean.startsWith('/')) return null
  const scheme = schemeOf(clean)
  if (!scheme) return null // a relative address such as "studio" or "?q=hip": stays on this site
  if (SAFE_SCHEMES.has(scheme)) return null
  return `${scheme}: links are not allowed (they can run code or carry a hidden page): use https://, http://, mailto:, tel:, a path on this site (/…) or a #anchor`
}

export const isSafeUrl = (url: string | null | undefined): boolean => unsafeUrlReason(url) === null

/** The address when it is safe to link to; null when it must not become a live link. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null
  return isSafeUrl(url) ? url.trim() : null
}

type LinkNodeLike = { type?: string; children?: unknown[]; fields?: { url?: unknown; linkType?: unknown }; text?: unknown }

/** Every custom link in a Lexical state (links and autolinks) whose address is not allowed. */
export function unsafeRichTextLinks(state: unknown): { url: string; text: string; reason: string }[] {
  const found: { url: string; text: string; reason: string }[] = []
  const textOf = (node: LinkNodeLike): string =>
    typeof node.text === 'string' ? node.text : (node.children ?? []).map((child) => textOf(child as LinkNodeLike)).join('')
  const visit = (node: LinkNodeLike | undefined) => {
    if (!node || typeof node !== 'object') return
    if ((node.type === 'link' || node.type === 'autolink') && node.fields?.linkType !== 'internal') {
      const url = typeof node.fields?.url === 'string' ? node.fields.url : ''
      const reason = unsafeUrlReason(url)
      if (reason) found.push({ url, text: textOf(node), reason })
    }
    for (const child of node.children ?? []) visit(child as LinkNodeLike)
  }
  visit((state as { root?: LinkNodeLike } | null | undefined)?.root)
  return found
}
