#!/usr/bin/env node
/**
 * `npm run bench:load -- [--duration 20] [--connections 50] [--skip-build]`: throughput of
 * the production server against the limit of this machine.
 *
 * Makes a database of its own (migrations + demo content), builds the app unless
 * --skip-build, starts `npm start`, saves the served HTML of the article and the home page
 * and lets Debian's nginx (bench/nginx-static.conf) serve those very bytes, with gzip -9
 * twins. Then autocannon runs each page against next and nginx, one after the other, with
 * and without `Accept-Encoding: gzip`, and the filtered exercise library and search
 * against next alone. Writes bench/results/load.json and the table in docs/performance.md.
 */
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'

import autocannon from 'autocannon'

import { benchEnv, prepareApp, root, run, startApp, waitFor, writeDocSection, writeResult } from './bench-app.mjs'

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '20' },
    connections: { type: 'string', default: '50' },
    'skip-build': { type: 'boolean', default: false },
  },
})
const DURATION = Number(values.duration)
const CONNECTIONS = Number(values.connections)

const TWINNED = [
  ['article', '/blog/hip-mobility-and-lower-back-pain'],
  ['home', '/'],
]
const NEXT_ONLY = [
  ['exercises, two filters', '/exercises?area=hips&level=beginner'],
  ['search "hip"', '/search?q=hip'],
]

const database = 'bthemethod_load_bench'
const nextPort = 3300
const nginxPort = 3301
const env = benchEnv(database, nextPort)

/** One autocannon run; the figures the table shows. */
async function load(url, gzip) {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION,
    headers: gzip ? { 'accept-encoding': 'gzip' } : { 'accept-encoding': 'identity' },
  })
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    bytesPerRequest: Math.round(result.throughput.total / Math.max(1, result.requests.total)),
  }
}

prepareApp({ database, env, skipBuild: values['skip-build'] })

const app = await startApp(env)
const nginxPrefix = mkdtempSync(path.join(os.tmpdir(), 'bench-nginx-'))
// nginx's workers run as an unprivileged user: they must be able to read the saved pages.
chmodSync(nginxPrefix, 0o755)
const stop = () => {
  app.stop()
  spawnSync('nginx', ['-p', nginxPrefix, '-c', path.join(nginxPrefix, 'nginx.conf'), '-s', 'stop'], { stdio: 'ignore' })
}
process.on('exit', stop)

try {
  const nextUrl = app.url
  const nginxUrl = `http://127.0.0.1:${nginxPort}`

  // The pages as Next serves them (after a warm-up visit), saved for nginx byte for byte.
  const pages = {}
  for (const [name, pagePath] of [...TWINNED, ...NEXT_ONLY]) {
    await fetch(nextUrl + pagePath).then((response) => response.arrayBuffer())
    const response = await fetch(nextUrl + pagePath, { headers: { 'accept-encoding': 'identity' } })
    const html = Buffer.from(await response.arrayBuffer())
    pages[name] = { path: pagePath, htmlBytes: html.length, gzipBytes: gzipSync(html, { level: 9 }).length, nextCache: response.headers.get('x-nextjs-cache'), cacheControl: response.headers.get('cache-control') }
    if (TWINNED.some(([twin]) => twin === name)) {
      const folder = path.join(nginxPrefix, 'root', pagePath)
      mkdirSync(folder, { recursive: true })
      writeFileSync(path.join(folder, 'index.html'), html)
      writeFileSync(path.join(folder, 'index.html.gz'), gzipSync(html, { level: 9 }))
    }
  }
  const config = readFileSync(path.join(root, 'bench', 'nginx-static.conf'), 'utf8')
    .replaceAll('__PREFIX__', nginxPrefix)
    .replaceAll('__ROOT__', path.join(nginxPrefix, 'root'))
    .replaceAll('__PORT__', String(nginxPort))
  writeFileSync(path.join(nginxPrefix, 'nginx.conf'), config)
  run('nginx', ['-p', nginxPrefix, '-c', path.join(nginxPrefix, 'nginx.conf')], env)
  await waitFor(`${nginxUrl}/`)

  const rows = []
  let nginxFirst = false
  for (const [name, pagePath] of TWINNED) {
    for (const gzip of [false, true]) {
      // Alternate which goes first, so neither always gets the cooler machine.
      const order = nginxFirst ? ['nginx', 'next'] : ['next', 'nginx']
      nginxFirst = !nginxFirst
      const measured = {}
      for (const target of order) {
        console.log(`[bench:load] ${name} ${gzip ? 'gzip' : 'identity'} ${target}`)
        measured[target] = await load((target === 'next' ? nextUrl : nginxUrl) + pagePath, gzip)
      }
      rows.push({ page: name, path: pagePath, encoding: gzip ? 'gzip' : 'identity', next: measured.next, nginx: measured.nginx, ratio: Number((measured.next.requestsPerSecond / measured.nginx.requestsPerSecond).toFixed(3)) })
    }
  }
  for (const [name, pagePath] of NEXT_ONLY) {
    for (const gzip of [false, true]) {
      console.log(`[bench:load] ${name} ${gzip ? 'gzip' : 'identity'} next`)
      rows.push({ page: name, path: pagePath, encoding: gzip ? 'gzip' : 'identity', next: await load(nextUrl + pagePath, gzip), nginx: null, ratio: null })
    }
  }

  const result = { measuredAt: new Date().toISOString(), machine: `${os.cpus().length} cores, ${os.cpus()[0]?.model}`, durationSeconds: DURATION, connections: CONNECTIONS, pages, rows }
  writeResult('load', result)
  writeDocSection('load', 'Cached pages against the limit', loadTable(result))
  console.table(rows.map((row) => ({ page: row.page, encoding: row.encoding, 'next req/s': row.next.requestsPerSecond, 'next p50': row.next.p50Ms, 'next p99': row.next.p99Ms, errors: row.next.errors + row.next.non2xx, 'nginx req/s': row.nginx?.requestsPerSecond ?? '', ratio: row.ratio ?? '' })))
} finally {
  stop()
  rmSync(nginxPrefix, { recursive: true, force: true })
}

function loadTable(result) {
  return [
    `Measured ${result.measuredAt} on ${result.machine}: autocannon, ${result.connections} connections, ${result.durationSeconds} s per run, next and nginx one after the other.`,
    '',
    '| page | encoding | next req/s | p50 ms | p99 ms | errors | nginx req/s | next / nginx |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...result.rows.map((row) => `| ${row.page} | ${row.encoding} | ${row.next.requestsPerSecond} | ${row.next.p50Ms} | ${row.next.p99Ms} | ${row.next.errors + row.next.non2xx} | ${row.nginx?.requestsPerSecond ?? '–'} | ${row.ratio ?? '–'} |`),
    '',
    '| page | HTML bytes | gzip -9 bytes | x-nextjs-cache | Cache-Control |',
    '| --- | ---: | ---: | --- | --- |',
    ...Object.entries(result.pages).map(([name, page]) => `| ${name} | ${page.htmlBytes} | ${page.gzipBytes} | ${page.nextCache ?? '–'} | ${page.cacheControl ?? '–'} |`),
  ]
}
