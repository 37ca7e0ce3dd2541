/**
 * `npm run bench -- [base URL]`: measures what a visitor's browser pays for each page
 * type of a running production server (`npm run build && npm start`, default
 * http://localhost:3000): the gzipped JavaScript of a page load, and Lighthouse's
 * mobile scores. A measurement, not a test: it prints a table, writes
 * bench/results/site.json and its section of docs/performance.md, and exits.
 *
 * Lighthouse's scores use its simulated throttling (Lantern): it replays an unthrottled
 * load on a model of a slow phone. Where the page's scripts ran before the first paint of
 * that load, the model counts their evaluation, four times slowed, before the paint too.
 * A second run per page loads it really throttled (DevTools throttling: 150 ms round trips,
 * 1.6 Mbit/s, CPU slowed four times) and reports its FCP and LCP beside the estimate. "JS over bare" is what a page adds to the
 * layout-only 404 page: the routine page's goal is at most 15 KB, like the article.
 */
import lighthouse from 'lighthouse'
import { launch as launchChrome } from 'chrome-launcher'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'

import { writeDocSection } from './bench-app.mjs'

const lighthouseVersion = (JSON.parse(readFileSync(path.join(import.meta.dirname, '..', 'node_modules', 'lighthouse', 'package.json'), 'utf8')) as { version: string }).version
const base = (process.argv[2] ?? process.env.BENCH_URL ?? 'http://localhost:3000').replace(/\/$/, '')
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium'
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']

const PAGES: [string, string][] = [
  ['home', '/'],
  ['blog', '/blog'],
  ['article', '/blog/hip-mobility-and-lower-back-pain'],
  ['exercises', '/exercises'],
  ['exercise', '/exercises/ball-bridge'],
  ['studio', '/studio'],
  ['location', '/studio/locations/brooklyn'],
  ['instructor', '/studio/instructors/maya-delgado'],
  ['class', '/classes/ball-foundations'],
  ['offerings', '/offerings'],
  ['search', '/search?q=hip'],
  ['schedule', '/schedule'],
  ['routines', '/routines'],
  ['routine', '/routines/ten-minute-hip-release'],
  // The reference: a page with the layout only (the 404), i.e. what every page pays for Next and the header.
  ['bare', '/no-such-page'],
  ...(process.env.BENCH_EXTRA ? process.env.BENCH_EXTRA.split(',').map((entry) => entry.split('=') as [string, string]) : []),
]

/** Sum of the gzipped sizes of every script the page loads (gzip level 9, like a CDN would serve). */
async function javascriptBytes(path: string): Promise<{ gzip: number; files: number }> {
  const browser = await chromium.launch({ executablePath: chromePath, args: flags })
  try {
    const page = await browser.newPage()
    const scripts: Promise<number>[] = []
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') {
        scripts.push(response.body().then((body) => gzipSync(body, { level: 9 }).length, () => 0))
      }
    })
    await page.goto(base + path, { waitUntil: 'networkidle' })
    const sizes = await Promise.all(scripts)
    return { gzip: sizes.reduce((sum, size) => sum + size, 0), files: sizes.length }
  } finally {
    await browser.close()
  }
}

async function runLighthouse(path: string, settings: Parameters<typeof lighthouse>[1]) {
  const chrome = await launchChrome({ chromePath, chromeFlags: flags })
  try {
    return (await lighthouse(base + path, { port: chrome.port, output: 'json', logLevel: 'error', ...settings }))!.lhr
  } finally {
    chrome.kill()
  }
}

/** FCP and LCP of a really throttled load (the same mobile settings, applied by DevTools). */
async function throttledLoad(path: string) {
  const lhr = await runLighthouse(path, { onlyCategories: ['performance'], throttlingMethod: 'devtools' })
  return {
    fcpDevtools: Math.round(lhr.audits['first-contentful-paint']?.numericValue ?? 0),
    lcpDevtools: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
  }
}

async function lighthouseScores(path: string) {
  const lhr = await runLighthouse(path, { onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] })
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100)
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcp: Math.round(lhr.audits['first-contentful-paint']?.numericValue ?? 0),
    lcp: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
    tbt: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0),
    cls: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
    failing: Object.values(lhr.audits)
      .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode === 'binary')
      .map((audit) => audit.id),
    ...(await throttledLoad(path)),
  }
}

const measured = []
// BENCH_ONLY=routine,schedule,bare measures just those page types.
const only = process.env.BENCH_ONLY?.split(',').map((name) => name.trim())
for (const [name, pagePath] of PAGES.filter(([name]) => !only || only.includes(name))) {
  const js = await javascriptBytes(pagePath)
  const scores = process.env.BENCH_SKIP_LIGHTHOUSE ? null : await lighthouseScores(pagePath)
  measured.push({ name, pagePath, js, scores })
}
const bare = measured.find((entry) => entry.name === 'bare')?.js.gzip ?? 0
const kb = (bytes: number) => Number((bytes / 1024).toFixed(1))
const rows = measured.map(({ name, pagePath, js, scores }) => ({
  page: name,
  path: pagePath,
  jsGzipKB: kb(js.gzip),
  jsOverBareKB: kb(js.gzip - bare),
  scripts: js.files,
  ...scores,
  failing: scores?.failing.join(' '),
}))
console.table(rows)
const resultsDir = path.join(import.meta.dirname, '..', 'bench', 'results')
mkdirSync(resultsDir, { recursive: true })
const measuredAt = new Date().toISOString()
writeFileSync(path.join(resultsDir, 'site.json'), `${JSON.stringify({ measuredAt, base, rows }, null, 2)}\n`)
if (!only && !process.env.BENCH_SKIP_LIGHTHOUSE) {
  const machine = `${os.cpus().length} cores, ${os.cpus()[0]?.model}`
  writeDocSection('site', 'What a visitor\'s browser pays (`npm run bench`)', [
    `Measured ${measuredAt} on ${machine} against ${base}: Lighthouse ${lighthouseVersion}, mobile. **simulated**: its scores, with simulated throttling (an unthrottled load replayed on a model of a slow phone); **throttled**: the same page loaded with DevTools throttling (150 ms round trips, 1.6 Mbit/s, CPU slowed four times). JS: gzip -9 bytes of every script a load runs; "over bare" is what the page adds to the layout-only 404.`,
    '',
    '| page | JS gzip KB | over bare | perf | a11y | best practices | SEO | FCP simulated | LCP simulated | FCP throttled | LCP throttled | TBT | CLS |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((row) => `| ${row.page} | ${row.jsGzipKB} | ${row.jsOverBareKB} | ${row.performance} | ${row.accessibility} | ${row.bestPractices} | ${row.seo} | ${row.fcp} | ${row.lcp} | ${row.fcpDevtools} | ${row.lcpDevtools} | ${row.tbt} | ${row.cls} |`),
  ])
}
