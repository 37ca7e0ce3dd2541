import { describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

import { projectRoot } from '@/lib/server/paths'

import { baseUrl, e2eSkipReason } from '../helpers/browser'
import { CHROMIUM_FLAGS } from '../helpers/chromium'

const describeInBrowser = e2eSkipReason() ? describe.skip : describe
const run = promisify(execFile)

type Audit = { id: string; title: string; score: number | null; scoreDisplayMode: string }

/** Lighthouse's best-practices category for one page (its CLI in a child process, Chromium headless). */
async function bestPractices(pagePath: string): Promise<{ score: number; failing: string[] }> {
  const cli = path.join(projectRoot, 'node_modules', 'lighthouse', 'cli', 'index.js')
  const { stdout } = await run(
    process.execPath,
    [cli, baseUrl() + pagePath, '--only-categories=best-practices', '--output=json', '--quiet', `--chrome-flags=${CHROMIUM_FLAGS.join(' ')}`],
    { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH }, maxBuffer: 64 * 1024 * 1024 },
  )
  const report = JSON.parse(stdout) as { categories: { 'best-practices': { score: number; auditRefs: { id: string; weight: number }[] } }; audits: Record<string, Audit> }
  const category = report.categories['best-practices']
  const failing = category.auditRefs
    .filter((ref) => ref.weight > 0 && report.audits[ref.id].score !== null && report.audits[ref.id].score! < 1)
    .map((ref) => `${ref.id}: ${report.audits[ref.id].title}`)
  return { score: category.score, failing }
}

describeInBrowser('Lighthouse best practices with the security headers', () => {
  for (const pagePath of ['/', '/blog/hip-mobility-and-lower-back-pain']) {
    it(`scores 100 on ${pagePath} (no console errors, no CSP trouble)`, async () => {
      const { score, failing } = await bestPractices(pagePath)
      expect(failing).toEqual([])
      expect(score).toBe(1)
    }, 120_000)
  }
})
