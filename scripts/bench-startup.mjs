#!/usr/bin/env node
/**
 * `npm run bench:startup -- [--runs 300] [--loaded 100] [--before 40]`: the start-up stall check.
 *
 * Runs `npm run migrate` against the machine's PostgreSQL (a database of its own) again and
 * again: `--runs` times in all, the last `--loaded` of them while two busy processes keep
 * both cores saturated. Any run over 30 s (or one that fails) counts as a stall. For the
 * comparison, `--before` runs of the old way (`node --import tsx scripts/migrate.ts`, no
 * export condition) go first. Prints a table and writes bench/results/startup-stalls.json.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const { values } = parseArgs({
  options: { runs: { type: 'string', default: '300' }, loaded: { type: 'string', default: '100' }, before: { type: 'string', default: '40' } },
})
const RUNS = Number(values.runs)
const LOADED = Number(values.loaded)
const BEFORE = Number(values.before)
const STALL_MS = 30_000

const server = process.env.BENCH_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432'
const database = 'bthemethod_startup_bench'
spawnSync('psql', [`${server}/postgres`, '-qc', `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`], { stdio: 'inherit' })
spawnSync('psql', [`${server}/postgres`, '-qc', `CREATE DATABASE ${database}`], { stdio: 'inherit' })
const env = { ...process.env, DATABASE_URL: `${server}/${database}`, PAYLOAD_SECRET: 'startup-bench', MIGRATION_DEADLINE_MS: '600000' }

/** One run to its end or to the stall limit; milliseconds and how it ended. */
function timeRun(command, args) {
  return new Promise((resolve) => {
    const started = performance.now()
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {
        // gone
      }
    }, STALL_MS)
    child.on('close', (code) => {
      clearTimeout(timer)
      const ms = performance.now() - started
      const ok = code === 0 && output.includes('migrations are up to date')
      resolve({ ms: Math.round(ms), ok, stalled: !ok || ms >= STALL_MS, tail: ok ? undefined : output.trim().split('\n').slice(-3).join(' / ').slice(0, 300) })
    })
  })
}

const burners = []
const saturate = () => {
  for (let i = 0; i < os.cpus().length; i++) burners.push(spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }))
}
const release = () => burners.splice(0).forEach((child) => child.kill('SIGKILL'))
process.on('exit', release)

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b)
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : null
}
const summarise = (label, runs) => ({
  label,
  runs: runs.length,
  stalls: runs.filter((run) => run.stalled).length,
  medianMs: median(runs.map((run) => run.ms)),
  p95Ms: [...runs.map((run) => run.ms)].sort((a, b) => a - b)[Math.max(0, Math.ceil(runs.length * 0.95) - 1)],
  maxMs: Math.max(...runs.map((run) => run.ms)),
  failures: runs.filter((run) => run.stalled).map((run) => run.tail ?? `${run.ms} ms`),
})

const groups = []
async function series(label, count, command, args, loaded) {
  if (count <= 0) return
  if (loaded) saturate()
  const runs = []
  for (let i = 0; i < count; i++) {
    runs.push(await timeRun(command, args))
    if ((i + 1) % 25 === 0) console.error(`[bench:startup] ${label}: ${i + 1}/${count}, stalls so far ${runs.filter((run) => run.stalled).length}`)
  }
  if (loaded) release()
  groups.push(summarise(label, runs))
}

await series('before: node --import tsx scripts/migrate.ts', BEFORE, process.execPath, ['--import', 'tsx', 'scripts/migrate.ts'], false)
await series('after: npm run migrate, idle machine', RUNS - LOADED, 'npm', ['run', 'migrate'], false)
await series('after: npm run migrate, both cores saturated', LOADED, 'npm', ['run', 'migrate'], true)

const result = { date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, stallLimitMs: STALL_MS, groups }
mkdirSync(path.join(root, 'bench', 'results'), { recursive: true })
writeFileSync(path.join(root, 'bench', 'results', 'startup-stalls.json'), `${JSON.stringify(result, null, 2)}\n`)
console.log('| runs | how | stalls (>30 s or failed) | median | p95 | max |')
console.log('| --- | --- | --- | --- | --- | --- |')
for (const group of groups) {
  console.log(`| ${group.runs} | ${group.label} | ${group.stalls} | ${group.medianMs} ms | ${group.p95Ms} ms | ${group.maxMs} ms |`)
}
spawnSync('psql', [`${server}/postgres`, '-qc', `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`], { stdio: 'inherit' })
