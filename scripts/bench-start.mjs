#!/usr/bin/env node
/**
 * `npm run bench:start -- [--runs 5] [--dev-runs 2] [--skip-build]`: cold `npm start` to the
 * first 200 of the home page, against a migrated database with the demo content (the
 * production build must exist; it is made unless --skip-build). Then the first `npm run dev`
 * of a fresh clone of HEAD, with no DATABASE_URL: embedded PostgreSQL, migrations, the demo
 * content and Next's dev compile, to the first 200 of the home page (node_modules linked in
 * from this checkout: `npm ci`'s download is not the app's start). Median and each run;
 * writes bench/results/start.json and its section of docs/performance.md.
 */
import { execFileSync, spawn } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { benchEnv, percentile, prepareApp, root, writeDocSection, writeResult } from './bench-app.mjs'

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, 'dev-runs': { type: 'string', default: '2' }, 'skip-build': { type: 'boolean', default: false } } })
const RUNS = Number(values.runs)
const DEV_RUNS = Number(values['dev-runs'])
const database = 'bthemethod_start_bench'
const port = 3330
const env = benchEnv(database, port)
prepareApp({ database, env, skipBuild: values['skip-build'] })

/** Runs `npm <args>` in `cwd` until the home page on `appPort` answers 200; the time it took. */
async function timeToFirstPage(args, { cwd, env: childEnv, appPort, deadlineMs }) {
  const started = performance.now()
  const child = spawn('npm', args, { cwd, env: childEnv, stdio: 'ignore', detached: true })
  const exited = new Promise((resolve) => child.on('exit', resolve))
  try {
    for (;;) {
      const status = await fetch(`http://127.0.0.1:${appPort}/`).then((response) => response.status, () => 0)
      if (status === 200) return performance.now() - started
      if (child.exitCode !== null) throw new Error(`npm ${args.join(' ')} exited with ${child.exitCode} before the home page answered`)
      if (performance.now() - started > deadlineMs) throw new Error(`npm ${args.join(' ')} did not answer 200 within ${deadlineMs / 1000} s`)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  } finally {
    process.kill(-child.pid, 'SIGTERM')
    await exited
  }
}

/** A clone of HEAD as a user gets it, with this checkout's node_modules hard-linked in (minus its cache of bundled scripts). */
function freshClone() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bthemethod-clone-'))
  // As root, the embedded PostgreSQL runs as the `postgres` user, who must reach .data/ inside.
  chmodSync(dir, 0o755)
  execFileSync('git', ['clone', '--quiet', root, dir])
  execFileSync('cp', ['-al', path.join(root, 'node_modules'), path.join(dir, 'node_modules')])
  rmSync(path.join(dir, 'node_modules', '.cache'), { recursive: true, force: true })
  return dir
}

const summary = (timesMs) => {
  const sorted = [...timesMs].sort((a, b) => a - b)
  return { runsMs: timesMs, medianMs: percentile(sorted, 0.5), maxMs: sorted.at(-1) }
}

const runs = []
for (let i = 0; i < RUNS; i++) runs.push(Math.round(await timeToFirstPage(['start'], { cwd: root, env, appPort: port, deadlineMs: 60_000 })))

const devRuns = []
const devPort = port + 2
for (let i = 0; i < DEV_RUNS; i++) {
  const clone = freshClone()
  try {
    const devEnv = { ...process.env, PORT: String(devPort), NEXT_TELEMETRY_DISABLED: '1' }
    for (const name of ['DATABASE_URL', 'PAYLOAD_SECRET', 'NODE_ENV', 'INTERNAL_URL', 'NEXT_DIST_DIR']) delete devEnv[name]
    devRuns.push(Math.round(await timeToFirstPage(['run', 'dev'], { cwd: clone, env: devEnv, appPort: devPort, deadlineMs: 300_000 })))
  } finally {
    rmSync(clone, { recursive: true, force: true })
  }
}

const result = {
  measuredAt: new Date().toISOString(),
  machine: `${os.cpus().length} cores, ${os.cpus()[0]?.model}`,
  ...summary(runs),
  freshCloneDev: DEV_RUNS ? summary(devRuns) : null,
}
writeResult('start', result)
writeDocSection('start', 'Start-up: cold `npm start` to the first 200', [
  `Measured ${result.measuredAt} on ${result.machine} (\`npm run bench:start\`): ${RUNS} cold \`npm start\` against a migrated database with the demo content, and ${DEV_RUNS} first \`npm run dev\` of a fresh clone with no DATABASE_URL (embedded PostgreSQL created, migrated and seeded, then Next's dev compile of the home page; node_modules linked in, so \`npm ci\` is not counted).`,
  '',
  '| start | median ms | max ms | runs (ms) | goal |',
  '| --- | ---: | ---: | --- | --- |',
  `| \`npm start\` to the first 200 | ${result.medianMs} | ${result.maxMs} | ${runs.join(', ')} | ≤ 2000 ms |`,
  ...(result.freshCloneDev ? [`| fresh clone, \`npm run dev\` to the home page | ${result.freshCloneDev.medianMs} | ${result.freshCloneDev.maxMs} | ${devRuns.join(', ')} | – |`] : []),
])
console.log(JSON.stringify(result))
