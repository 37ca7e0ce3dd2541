/**
 * `npm run bench -- [base URL]`: measures what a visitor's browser pays for each page
 * type of a running production server (`npm run build && npm start`, default
 * http://localhost:3000): the gzipped JavaScript of a page load, and Lighthouse's
 * mobile scores. A measurement, not a test: it prints a table, writes
 * bench/results/site.json and exits. "JS over bare" is what a page adds to the
 * layout-only 404 page: the routine page's goal is at most 15 KB, like the article.
 */
import lighthouse from 'lighthouse'
import { launch as launchChrome } from 'chrome-launcher'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'

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

async function lighthouseScores(path: string) {
  const chrome = await launchChrome({ chromePath, chromeFlags: flags })
  try {
    const result = await lighthouse(base + path, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    })
    const lhr = result!.lhr
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100)
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcp: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
      tbt: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0),
      cls: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
      failing: Object.values(lhr.audits)
        .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode === 'binary')
        .map((audit) => audit.id),
    }
  } finally {
    chrome.kill()
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
writeFileSync(path.join(resultsDir, 'site.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), base, rows }, null, 2)}\n`)
