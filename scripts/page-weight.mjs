/**
 * Where a page's HTML bytes go: the markup, the React payload Next inlines for hydration
 * (`self.__next_f.push` scripts, which repeat what the markup shows), and within the
 * markup the class attributes, image srcsets and JSON-LD. Used by `npm run bench:load`'s
 * weight table, and on its own: `node scripts/page-weight.mjs <url>`.
 */
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const total = (matches) => matches.reduce((sum, match) => sum + Buffer.byteLength(match), 0)

export function pageWeight(html) {
  const scripts = [...html.matchAll(/<script\b[^>]*>[\s\S]*?<\/script>/g)].map((match) => match[0])
  const jsonLd = scripts.filter((script) => /^<script\b[^>]*type="application\/ld\+json"/.test(script))
  const payload = scripts.filter((script) => !jsonLd.includes(script) && script.includes('self.__next_f'))
  const markup = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
  return {
    htmlBytes: Buffer.byteLength(html),
    markupBytes: Buffer.byteLength(markup),
    payloadBytes: total(payload),
    otherScriptBytes: total(scripts) - total(payload) - total(jsonLd),
    jsonLdBytes: total(jsonLd),
    classAttributeBytes: total(markup.match(/\sclass="[^"]*"/g) ?? []),
    srcsetBytes: total(markup.match(/\s(?:srcSet|srcset|imageSrcSet)="[^"]*"/g) ?? []),
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const url = process.argv[2]
  if (!url) {
    console.error('usage: node scripts/page-weight.mjs <url>')
    process.exit(2)
  }
  const html = await fetch(url, { headers: { 'accept-encoding': 'identity' } }).then((response) => response.text())
  console.table({ ...pageWeight(html), ...(await wireWeight(html, url)) })
}

/**
 * What a first visit downloads, compressed: the HTML and the scripts it names (gzip -9).
 * A component moved to the client takes bytes from every page's payload and adds them to
 * scripts that the browser caches: this shows both sides. Next's `noModule` polyfills
 * (about 39 KB gzipped) are left out: only browsers without ES modules fetch them.
 */
async function wireWeight(html, url) {
  const tags = [...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"[^>]*>/g)].filter((match) => !/\snoModule\b/i.test(match[0]))
  const scripts = [...new Set(tags.map((match) => match[1]))]
  const bodies = await Promise.all(scripts.map((src) => fetch(new URL(src, url)).then(async (response) => Buffer.from(await response.arrayBuffer()))))
  return {
    htmlGzipBytes: gzipSync(html, { level: 9 }).length,
    scripts: scripts.length,
    scriptGzipBytes: bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0),
  }
}
