/**
 * `npm run bench:lcp-floor -- [base URL]`: how much of a page's mobile LCP its scripts cost.
 * The page (the seeded article by default; BENCH_PAGE=/path for another) is fetched once
 * from a running production server and served from memory by a small proxy in two forms:
 * **as shipped**, byte for byte, and **without scripts**, the same HTML with every script
 * (Next's and React's chunks, the inlined React payload, their preloads) taken out but
 * the JSON-LD. Everything else the page asks for (stylesheet, images, fonts) is passed
 * through to the server, so the two differ in their scripts alone. Lighthouse (mobile,
 * performance only) loads each in turn, alternating, BENCH_ROUNDS times (default 3), both
 * with its simulated throttling and with DevTools throttling.
 *
 * A measurement, not a test: it prints a table, writes bench/results/lcp-floor.json and
 * its section of docs/performance.md, and exits. The page without scripts is not a page
 * the site could ship (no menu, no client navigation, no filters); it is the floor, what
 * the markup and the stylesheet alone cost on a slow phone.
 */
import lighthouse from 'lighthouse'
import { launch as launchChrome } from 'chrome-launcher'
import { mkdirSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { writeDocSection } from './bench-app.mjs'

const base = new URL((process.argv[2] ?? process.env.BENCH_URL ?? 'http://localhost:3000').replace(/\/$/, ''))
const pagePath = process.env.BENCH_PAGE ?? '/blog/hip-mobility-and-lower-back-pain'
const rounds = Number(process.env.BENCH_ROUNDS ?? 3)
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium'
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']

/** The page's HTML without any script but the JSON-LD, and without the preloads of scripts. */
function withoutScripts(html: string): string {
  return html
    .replace(/<script\b(?![^>]*type="application\/ld\+json")[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link\b[^>]*\bas="script"[^>]*\/?>/g, '')
}

const shipped = await fetch(new URL(pagePath, base), { headers: { 'accept-encoding': 'identity' } })
if (!shipped.ok) throw new Error(`${pagePath} answered ${shipped.status}`)
const shippedHtml = await shipped.text()
// Both forms go out with the app's own headers (CSP and the rest), all but those of the body's encoding.
const BODY_HEADERS = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'etag', 'vary', 'connection', 'keep-alive', 'date'])
const shippedHeaders = Object.fromEntries([...shipped.headers].filter(([name]) => !BODY_HEADERS.has(name)))
const variants = {
  'as shipped': shippedHtml,
  'without scripts': withoutScripts(shippedHtml),
}
type Variant = keyof typeof variants
const routesOf: Record<Variant, string> = { 'as shipped': '/__floor/as-shipped', 'without scripts': '/__floor/without-scripts' }
// Compressed once, as the app's page cache serves a cached page.
const bodies = Object.fromEntries(
  (Object.keys(variants) as Variant[]).map((name) => [routesOf[name], { identity: Buffer.from(variants[name]), gzip: gzipSync(variants[name], { level: 9 }) }]),
)

/** Serves the two forms of the page; passes every other request through to the app. */
const proxy = http.createServer((request, response) => {
  const body = bodies[request.url ?? '']
  if (body) {
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))
    response.writeHead(200, {
      ...shippedHeaders,
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    })
    response.end(gzip ? body.gzip : body.identity)
    return
  }
  const upstream = http.request(
    { host: base.hostname, port: base.port, path: request.url, method: request.method, headers: { ...request.headers, host: base.host } },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(response)
    },
  )
  upstream.on('error', () => response.destroy())
  request.pipe(upstream)
})
await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
const origin = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`

async function runLighthouse(url: string, throttlingMethod: 'simulate' | 'devtools') {
  const chrome = await launchChrome({ chromePath, chromeFlags: flags })
  try {
    const lhr = (await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], throttlingMethod }))!.lhr
    const value = (id: string) => Math.round(lhr.audits[id]?.numericValue ?? 0)
    return { fcp: value('first-contentful-paint'), lcp: value('largest-contentful-paint'), tbt: value('total-blocking-time'), score: Math.round((lhr.categories.performance?.score ?? 0) * 100) }
  } finally {
    chrome.kill()
  }
}

type Load = { fcp: number; lcp: number; tbt: number; score: number }
const loads: Record<Variant, { simulated: Load[]; throttled: Load[] }> = {
  'as shipped': { simulated: [], throttled: [] },
  'without scripts': { simulated: [], throttled: [] },
}
try {
  for (let round = 0; round < rounds; round++) {
    // Alternate which goes first, so a slow spell of the machine does not favour one form.
    const order = (round % 2 ? ['without scripts', 'as shipped'] : ['as shipped', 'without scripts']) as Variant[]
    for (const name of order) {
      loads[name].simulated.push(await runLighthouse(origin + routesOf[name], 'simulate'))
      loads[name].throttled.push(await runLighthouse(origin + routesOf[name], 'devtools'))
      console.log(`round ${round + 1}, ${name}: simulated LCP ${loads[name].simulated.at(-1)!.lcp} ms, throttled LCP ${loads[name].throttled.at(-1)!.lcp} ms`)
    }
  }
} finally {
  proxy.close()
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}
const scriptSources = (html: string) => [...html.matchAll(/<script\b[^>]*src="([^"]+)"/g)].map((match) => match[1])
const rows = (Object.keys(variants) as Variant[]).map((name) => ({
  form: name,
  htmlBytes: Buffer.byteLength(variants[name]),
  scripts: scriptSources(variants[name]).length,
  lcpSimulated: median(loads[name].simulated.map((load) => load.lcp)),
  fcpSimulated: median(loads[name].simulated.map((load) => load.fcp)),
  tbt: median(loads[name].simulated.map((load) => load.tbt)),
  score: median(loads[name].simulated.map((load) => load.score)),
  lcpThrottled: median(loads[name].throttled.map((load) => load.lcp)),
  fcpThrottled: median(loads[name].throttled.map((load) => load.fcp)),
  all: loads[name],
}))
console.table(rows.map(({ all: _rounds, ...row }) => row))

const measuredAt = new Date().toISOString()
const resultsDir = path.join(import.meta.dirname, '..', 'bench', 'results')
mkdirSync(resultsDir, { recursive: true })
writeFileSync(path.join(resultsDir, 'lcp-floor.json'), `${JSON.stringify({ measuredAt, base: base.origin, pagePath, rounds, rows }, null, 2)}\n`)
const list = (values: Load[], key: keyof Load) => values.map((load) => load[key]).join(' / ')
writeDocSection('lcp-floor', 'What the scripts cost the first paint (`npm run bench:lcp-floor`)', [
  `Measured ${measuredAt} on ${os.cpus().length} cores, ${os.cpus()[0]?.model}: \`${pagePath}\` as shipped and the same HTML without scripts (JSON-LD kept), both served from memory by one proxy that passes the stylesheet and images through to the app; Lighthouse mobile, performance only, ${rounds} alternating rounds: medians, and every round in the last two columns. Goal: LCP ≤ 1,200 ms.`,
  '',
  '| form | HTML bytes | scripts | LCP simulated ms | FCP simulated ms | TBT ms | perf | LCP throttled ms | FCP throttled ms | LCP simulated, each round | LCP throttled, each round |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
  ...rows.map((row) => `| ${row.form} | ${row.htmlBytes} | ${row.scripts} | ${row.lcpSimulated} | ${row.fcpSimulated} | ${row.tbt} | ${row.score} | ${row.lcpThrottled} | ${row.fcpThrottled} | ${list(row.all.simulated, 'lcp')} | ${list(row.all.throttled, 'lcp')} |`),
])
