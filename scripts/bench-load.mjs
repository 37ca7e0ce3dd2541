#!/usr/bin/env node
/**
 * `npm run bench:load -- [--duration 20] [--connections 50] [--skip-build]`: throughput of
 * the production server against the limit of this machine.
 *
 * Makes a database of its own (migrations + demo content), builds the app unless
 * --skip-build, starts `npm start` twice: as it ships (Next behind the app server's page
 * cache, lib/server/page-cache.ts) and with PAGE_CACHE=off (Next alone), saves the served
 * HTML of the article and the home page and lets Debian's nginx (bench/nginx-static.conf)
 * serve those very bytes, with gzip -9 twins; the caching proxy (deploy/nginx) stands in
 * front of Next alone. Then autocannon runs each page against all four, one after the other
 * in rotating order, with and without `Accept-Encoding: gzip`, and the filtered exercise
 * library and search against the two apps. Writes bench/results/load.json and the table in
 * docs/performance.md.
 */
import { spawnSync } from 'node:child_process'
import http from 'node:http'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { gunzipSync, gzipSync } from 'node:zlib'

import autocannon from 'autocannon'

import { benchEnv, prepareApp, root, run, startApp, waitFor, writeDocSection, writeResult } from './bench-app.mjs'
import { startNginxProxy } from './nginx-proxy.mjs'
import { pageWeight } from './page-weight.mjs'

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
const appPort = 3300
const nginxPort = 3301
const proxyPort = 3302
const nextPort = 3303
const env = benchEnv(database, appPort)

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

/**
 * What a client really got: raw bytes with the encoding it asked for (fetch would decode
 * anything). A proxy that sent gzip to a client that did not ask for it would look fast.
 */
function checkEncoding(url, gzip) {
  return new Promise((resolve, reject) => {
    http.get(url, { headers: { 'accept-encoding': gzip ? 'gzip' : 'identity' } }, (response) => {
      const chunks = []
      response.on('data', (chunk) => chunks.push(chunk))
      response.on('end', () => {
        const body = Buffer.concat(chunks)
        const encoding = response.headers['content-encoding'] ?? 'identity'
        const html = (encoding === 'gzip' ? gunzipSync(body) : body).toString('utf8')
        if ((!gzip && encoding !== 'identity') || !html.startsWith('<!DOCTYPE html>')) reject(new Error(`${url}: asked for ${gzip ? 'gzip' : 'identity'}, got ${encoding} and ${html.slice(0, 20)}`))
        else resolve()
      })
    }).on('error', reject)
  })
}

prepareApp({ database, env, skipBuild: values['skip-build'] })

const app = await startApp(env)
const nextAlone = await startApp(benchEnv(database, nextPort, { PAGE_CACHE: 'off' }))
const nginxPrefix = mkdtempSync(path.join(os.tmpdir(), 'bench-nginx-'))
// nginx's workers run as an unprivileged user: they must be able to read the saved pages.
chmodSync(nginxPrefix, 0o755)
// The deployment's caching proxy (deploy/nginx/proxy.conf.template) in front of the same server.
const proxy = await startNginxProxy({ upstream: new URL(nextAlone.url).host, port: proxyPort })
const stop = () => {
  app.stop()
  nextAlone.stop()
  void proxy.stop()
  spawnSync('nginx', ['-p', nginxPrefix, '-c', path.join(nginxPrefix, 'nginx.conf'), '-s', 'stop'], { stdio: 'ignore' })
}
process.on('exit', stop)

try {
  const appUrl = app.url
  const nextUrl = nextAlone.url
  const nginxUrl = `http://127.0.0.1:${nginxPort}`

  // The pages as Next serves them (after a warm-up visit), saved for nginx byte for byte.
  const pages = {}
  for (const [name, pagePath] of [...TWINNED, ...NEXT_ONLY]) {
    await fetch(nextUrl + pagePath).then((response) => response.arrayBuffer())
    const response = await fetch(nextUrl + pagePath, { headers: { 'accept-encoding': 'identity' } })
    const html = Buffer.from(await response.arrayBuffer())
    // What the shipped app answers for the page (a visit to fill its page cache, then one from it).
    await fetch(appUrl + pagePath).then((answer) => answer.arrayBuffer())
    const fromApp = await fetch(appUrl + pagePath, { headers: { 'accept-encoding': 'identity' } })
    const appBytes = Buffer.from(await fromApp.arrayBuffer())
    pages[name] = { path: pagePath, ...pageWeight(html.toString('utf8')), gzipBytes: gzipSync(html, { level: 9 }).length, nextCache: response.headers.get('x-nextjs-cache'), cacheControl: response.headers.get('cache-control'), appPageCache: fromApp.headers.get('x-page-cache'), appSameBytes: appBytes.equals(html) }
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
  const targets = { app: appUrl, next: nextUrl, nginx: nginxUrl, proxy: proxy.url }
  let rotation = 0
  for (const [name, pagePath] of TWINNED) {
    for (const gzip of [false, true]) {
      // Rotate which goes first, so none always gets the cooler machine.
      const order = ['app', 'next', 'nginx', 'proxy'].map((_, index, all) => all[(index + rotation) % all.length])
      rotation++
      const measured = {}
      for (const target of order) {
        console.log(`[bench:load] ${name} ${gzip ? 'gzip' : 'identity'} ${target}`)
        await checkEncoding(targets[target] + pagePath, gzip)
        measured[target] = await load(targets[target] + pagePath, gzip)
        await checkEncoding(targets[target] + pagePath, gzip)
      }
      const ratio = (target) => Number((measured[target].requestsPerSecond / measured.nginx.requestsPerSecond).toFixed(3))
      rows.push({ page: name, path: pagePath, encoding: gzip ? 'gzip' : 'identity', ...measured, ratio: ratio('app'), nextRatio: ratio('next'), proxyRatio: ratio('proxy') })
    }
  }
  for (const [name, pagePath] of NEXT_ONLY) {
    for (const gzip of [false, true]) {
      const order = rotation++ % 2 ? ['next', 'app'] : ['app', 'next']
      const measured = {}
      for (const target of order) {
        console.log(`[bench:load] ${name} ${gzip ? 'gzip' : 'identity'} ${target}`)
        measured[target] = await load(targets[target] + pagePath, gzip)
      }
      rows.push({ page: name, path: pagePath, encoding: gzip ? 'gzip' : 'identity', ...measured, nginx: null, proxy: null, ratio: null, nextRatio: null, proxyRatio: null })
    }
  }

  const result = { measuredAt: new Date().toISOString(), machine: `${os.cpus().length} cores, ${os.cpus()[0]?.model}`, durationSeconds: DURATION, connections: CONNECTIONS, pages, rows }
  writeResult('load', result)
  writeDocSection('load', 'Cached pages against the limit', loadTable(result))
  console.table(rows.map((row) => ({ page: row.page, encoding: row.encoding, 'app req/s': row.app.requestsPerSecond, 'app p50': row.app.p50Ms, 'app p99': row.app.p99Ms, errors: row.app.errors + row.app.non2xx, 'next req/s': row.next.requestsPerSecond, 'next p99': row.next.p99Ms, 'nginx req/s': row.nginx?.requestsPerSecond ?? '', ratio: row.ratio ?? '', 'next ratio': row.nextRatio ?? '', 'proxy req/s': row.proxy?.requestsPerSecond ?? '', 'proxy ratio': row.proxyRatio ?? '' })))
} finally {
  stop()
  rmSync(nginxPrefix, { recursive: true, force: true })
}

function loadTable(result) {
  return [
    `Measured ${result.measuredAt} on ${result.machine}: autocannon, ${result.connections} connections, ${result.durationSeconds} s per run, one after the other in rotating order. **app**: \`npm start\` as it ships (Next behind the app server's page cache, lib/server/page-cache.ts); **next**: the same with PAGE_CACHE=off (Next alone); **nginx**: bare nginx serving the saved bytes; **proxy**: the caching proxy (deploy/nginx, Debian's nginx) in front of Next alone.`,
    '',
    '| page | encoding | app req/s | app p50 ms | app p99 ms | app errors | next req/s | next p99 ms | next errors | nginx req/s | app / nginx | next / nginx | proxy req/s | proxy p99 ms | proxy errors | proxy / nginx |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...result.rows.map((row) => `| ${row.page} | ${row.encoding} | ${row.app.requestsPerSecond} | ${row.app.p50Ms} | ${row.app.p99Ms} | ${row.app.errors + row.app.non2xx} | ${row.next.requestsPerSecond} | ${row.next.p99Ms} | ${row.next.errors + row.next.non2xx} | ${row.nginx?.requestsPerSecond ?? '–'} | ${row.ratio ?? '–'} | ${row.nextRatio ?? '–'} | ${row.proxy?.requestsPerSecond ?? '–'} | ${row.proxy?.p99Ms ?? '–'} | ${row.proxy ? row.proxy.errors + row.proxy.non2xx : '–'} | ${row.proxyRatio ?? '–'} |`),
    '',
    '| page | HTML bytes | gzip -9 bytes | markup | React payload | JSON-LD | class attributes | srcsets | x-nextjs-cache | Cache-Control |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
    ...Object.entries(result.pages).map(
      ([name, page]) =>
        `| ${name} | ${page.htmlBytes} | ${page.gzipBytes} | ${page.markupBytes ?? '–'} | ${page.payloadBytes ?? '–'} | ${page.jsonLdBytes ?? '–'} | ${page.classAttributeBytes ?? '–'} | ${page.srcsetBytes ?? '–'} | ${page.nextCache ?? '–'} | ${page.cacheControl ?? '–'} |`,
    ),
    '',
    'Markup excludes every script; the React payload is the inlined `self.__next_f` scripts that hydrate the page and repeat its content; class attributes and srcsets are parts of the markup (scripts/page-weight.mjs).',
  ]
}
