/**
 * `npm run fuzz -- [--runs 5000] [--seed 42]` (or FUZZ_RUNS / FUZZ_SEED): the hostile-input
 * suite's longer run. The same properties `npm test` checks with a fixed seed and ~500
 * requests per door (tests/int/hostile-input-*.test.ts), run on a fresh test database
 * with as many requests and whichever seed you ask for; prints the figures per suite.
 * A failure prints the smallest failing request and the seed and path to replay it.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Figures } from '../tests/helpers/hostile-run'

const SUITES = ['tests/int/hostile-input-rest.test.ts', 'tests/int/hostile-input-graphql.test.ts', 'tests/int/hostile-site-queries.test.ts']

function option(name: string, fallback: string | undefined): string | undefined {
  const index = process.argv.indexOf(`--${name}`)
  return index >= 0 ? process.argv[index + 1] : fallback
}

const runs = option('runs', process.env.FUZZ_RUNS) ?? '2000'
const seed = option('seed', process.env.FUZZ_SEED) ?? String(Date.now() % 1_000_000)
const report = path.join(os.tmpdir(), `bthemethod-fuzz-${process.pid}.jsonl`)

console.log(`fuzz: ${runs} requests per suite, seed ${seed}`)
const started = performance.now()
const jest = spawnSync(
  process.execPath,
  ['--experimental-vm-modules', 'node_modules/jest/bin/jest.js', ...SUITES, '--selectProjects', 'int', '--runInBand'],
  { stdio: 'inherit', env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed, FUZZ_REPORT: report } },
)
const seconds = ((performance.now() - started) / 1000).toFixed(1)

const figures: Figures[] = existsSync(report) ? readFileSync(report, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Figures) : []
rmSync(report, { force: true })
for (const suite of figures) {
  const statuses = Object.entries(suite.statuses).map(([status, count]) => `${status}: ${count}`).join(', ')
  console.log(
    [
      `\n${suite.suite} (seed ${suite.seed}, ${(suite.millis / 1000).toFixed(1)} s)`,
      `  requests sent            ${suite.requests}`,
      `  statuses                 ${statuses}`,
      `  5xx                      ${suite.serverErrors}`,
      `  rejected                 ${suite.rejected} (naming a field: ${suite.rejectedWithField})`,
      `  database unchanged checks ${suite.databaseChecks} (changed by a refused request: ${suite.databaseChangedByRejected})`,
    ].join('\n'),
  )
}
console.log(`\nfuzz: ${figures.reduce((sum, suite) => sum + suite.requests, 0)} requests in ${seconds} s; ${jest.status === 0 ? 'every property held' : 'a property failed (see above)'}`)
process.exit(jest.status ?? 1)
