#!/usr/bin/env node
/**
 * `npm run bench:start -- [--runs 5] [--skip-build]`: cold `npm start` to the first 200 of
 * the home page, against a migrated database with the demo content (the production build
 * must exist; it is made unless --skip-build). Median and each run; writes
 * bench/results/start.json and its section of docs/performance.md.
 */
import { spawn } from 'node:child_process'
import os from 'node:os'
import { parseArgs } from 'node:util'

import { benchEnv, percentile, prepareApp, root, writeDocSection, writeResult } from './bench-app.mjs'

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, 'skip-build': { type: 'boolean', default: false } } })
const RUNS = Number(values.runs)
const database = 'bthemethod_start_bench'
const port = 3330
const env = benchEnv(database, port)
prepareApp({ database, env, skipBuild: values['skip-build'] })

async function coldStart() {
  const started = performance.now()
  const child = spawn('npm', ['start'], { cwd: root, env, stdio: 'ignore', detached: true })
  try {
    for (;;) {
      const status = await fetch(`http://127.0.0.1:${port}/`).then((response) => response.status, () => 0)
      if (status === 200) return performance.now() - started
      if (performance.now() - started > 60_000) throw new Error('npm start did not answer 200 within 60 s')
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  } finally {
    process.kill(-child.pid, 'SIGTERM')
    await new Promise((resolve) => child.on('exit', resolve))
  }
}

const runs = []
for (let i = 0; i < RUNS; i++) runs.push(Math.round(await coldStart()))
const sorted = [...runs].sort((a, b) => a - b)
const result = { measuredAt: new Date().toISOString(), machine: `${os.cpus().length} cores, ${os.cpus()[0]?.model}`, runsMs: runs, medianMs: percentile(sorted, 0.5), maxMs: sorted.at(-1) }
writeResult('start', result)
writeDocSection('start', 'Start-up: cold `npm start` to the first 200', [
  `Measured ${result.measuredAt} on ${result.machine} (\`npm run bench:start\`): ${RUNS} cold starts against a migrated database with the demo content.`,
  '',
  '| median ms | max ms | runs (ms) | goal |',
  '| ---: | ---: | --- | --- |',
  `| ${result.medianMs} | ${result.maxMs} | ${runs.join(', ')} | ≤ 2000 ms |`,
])
console.log(JSON.stringify(result))
