/**
 * What the benchmarks share: a database of their own (migrations + demo content), the
 * production build, `npm start` in its own process group, and their section of
 * docs/performance.md.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { startStatementCounter } from './pg-statement-counter.mjs'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const databaseServer = process.env.BENCH_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432'
export const BENCH_DEMO_PASSWORD = 'bench-demo-password'
export const PREVIEW_SECRET = 'bench-preview-secret'
// What a browser's own navigation sends: Payload takes the login cookie only from the same site.
export const NAVIGATION = { 'sec-fetch-site': 'same-origin' }

/** The environment of a production app on `database`, listening on `port`. */
export function benchEnv(database, port, extra = {}) {
  return {
    ...process.env,
    DATABASE_URL: `${databaseServer}/${database}`,
    PAYLOAD_SECRET: 'bench-secret',
    SEED_DEMO_PASSWORD: BENCH_DEMO_PASSWORD,
    NODE_ENV: 'production',
    PORT: String(port),
    INTERNAL_URL: `http://127.0.0.1:${port}`,
    PREVIEW_SECRET,
    ...extra,
  }
}

export function run(command, args, env) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' })
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`)
}

export function psql(sql) {
  run('psql', [`${databaseServer}/postgres`, '-qc', sql], process.env)
}

/** A fresh database with the migrations and the demo content, and the build (unless one is there and skipBuild). */
export function prepareApp({ database, env, skipBuild }) {
  psql(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
  psql(`CREATE DATABASE ${database}`)
  run('npm', ['run', 'migrate'], env)
  // Seeded as in development, so the demo staff accounts exist (the draft bench signs in).
  run('npm', ['run', 'seed'], { ...env, NODE_ENV: 'development', INTERNAL_URL: '' })
  if (!skipBuild || !existsSync(path.join(root, '.next', 'BUILD_ID'))) run('npm', ['run', 'build'], env)
}

export async function waitFor(url, deadlineMs = 60_000) {
  const deadline = Date.now() + deadlineMs
  while (Date.now() < deadline) {
    const ok = await fetch(url).then((response) => response.ok, () => false)
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not answer within ${deadlineMs} ms`)
}

/**
 * `npm start` with `env`; resolves once the home page answers. `stop()` ends the whole
 * process group and resolves when it has exited, so the next app can take the port.
 */
export async function startApp(env) {
  const child = spawn('npm', ['start'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'], detached: true })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const kill = () => {
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
  process.on('exit', kill)
  const url = `http://127.0.0.1:${env.PORT}`
  await waitFor(`${url}/`)
  return {
    url,
    stop: async () => {
      kill()
      await exited
    },
  }
}

/**
 * The same app, reaching PostgreSQL through the statement counter
 * (scripts/pg-statement-counter.mjs). For counting only: the proxy is a hop through Node
 * for every message, and on two cores it about doubled the render times it sat under
 * (bench:scale, 2026-12-06: /exercises p50 87 ms through it, 43 ms direct). The benches
 * therefore time on a direct connection and count on this one. It listens on the next
 * port, so that it can never be mistaken for a timed app still shutting down.
 */
export async function startCountedApp(env, database) {
  const counter = await startStatementCounter()
  const port = Number(env.PORT) + 1
  const app = await startApp({
    ...env,
    PORT: String(port),
    INTERNAL_URL: `http://127.0.0.1:${port}`,
    DATABASE_URL: `postgres://postgres@127.0.0.1:${counter.port}/${database}`,
  })
  return {
    ...app,
    counter,
    stop: async () => {
      await app.stop()
      await counter.close()
    },
  }
}

export function writeResult(name, result) {
  mkdirSync(path.join(root, 'bench', 'results'), { recursive: true })
  writeFileSync(path.join(root, 'bench', 'results', `${name}.json`), `${JSON.stringify(result, null, 2)}\n`)
}

/** Replaces (or appends) the section between `<!-- bench:<name>:start/end -->` in docs/performance.md. */
export function writeDocSection(name, heading, lines) {
  const file = path.join(root, 'docs', 'performance.md')
  const existing = existsSync(file) ? readFileSync(file, 'utf8') : '# Performance\n'
  const start = `<!-- bench:${name}:start -->`
  const end = `<!-- bench:${name}:end -->`
  const section = [start, ...lines, end].join('\n')
  const updated = existing.includes(start)
    ? existing.replace(new RegExp(`${start}[\\s\\S]*${end}`), () => section)
    : `${existing.trimEnd()}\n\n## ${heading}\n\n${section}\n`
  writeFileSync(file, updated)
}

export function percentile(sortedValues, fraction) {
  if (!sortedValues.length) return null
  return sortedValues[Math.min(sortedValues.length - 1, Math.ceil(fraction * sortedValues.length) - 1)]
}

/**
 * Signs in as the demo editor and turns on draft mode the way the admin's Preview button
 * does (pages then render per request, reading the database); returns the cookies.
 */
export async function signInForPreview(url, pagePath) {
  const login = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ email: 'editor@bthemethod.test', password: BENCH_DEMO_PASSWORD }),
  })
  if (!login.ok) throw new Error(`login answered ${login.status}: ${await login.text()}`)
  const token = cookieValues(login).find((cookie) => cookie.startsWith('payload-token='))
  const preview = await fetch(`${url}/preview?${new URLSearchParams({ path: pagePath, secret: PREVIEW_SECRET })}`, { headers: { cookie: token, ...NAVIGATION }, redirect: 'manual' })
  const bypass = cookieValues(preview).find((cookie) => cookie.startsWith('__prerender_bypass='))
  if (!bypass) throw new Error(`preview answered ${preview.status} without the draft-mode cookie`)
  return `${token}; ${bypass}`
}

function cookieValues(response) {
  return response.headers.getSetCookie().map((header) => header.split(';')[0])
}
