#!/usr/bin/env node
/**
 * `npm run bench:scale -- [--requests 50] [--skip-build]`: the site at 10,000 published
 * articles and 1,000 exercises. A database of its own gets the demo content, multiplied in
 * SQL (bench/scale.sql) with the search index filled. Each page is then rendered uncached
 * (draft mode, so no cache answers for the database) `--requests` times: p50/p95 on a
 * direct connection, then the SQL statements of one render with their EXPLAIN ANALYZE,
 * counted on the wire by scripts/pg-statement-counter.mjs on a second start. The sitemap
 * and the feeds are timed cold at that size.
 * Writes bench/results/scale.json and its section of docs/performance.md.
 */
import { createHmac } from 'node:crypto'
import { spawnSync } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { benchEnv, databaseServer, NAVIGATION, percentile, prepareApp, root, run, signInForPreview, startApp, startCountedApp, writeDocSection, writeResult } from './bench-app.mjs'

const { values } = parseArgs({ options: { requests: { type: 'string', default: '50' }, 'skip-build': { type: 'boolean', default: false } } })
const REQUESTS = Number(values.requests)
const ARTICLES = 10_000
const EXERCISES = 1_000
const PAGES = [
  ['journal', '/blog'],
  ['journal page 200', '/blog/page/200'],
  ['topic', '/blog/topic/breathwork'],
  ['exercises, three facets', '/exercises?area=hips&level=beginner&equipment=ball'],
  ['search "hip"', '/search?q=hip'],
]
const FILES = [
  ['sitemap', '/sitemap.xml'],
  ['sitemap part 0', '/sitemap/0.xml'],
  ['RSS feed', '/blog/rss.xml'],
]
const database = 'bthemethod_scale_bench'
const port = 3320
const env = benchEnv(database, port)
const databaseUrl = `${databaseServer}/${database}`

prepareApp({ database, env, skipBuild: values['skip-build'] })
const psqlScale = (sql) => run('psql', ['-v', 'ON_ERROR_STOP=1', '-q', databaseUrl, '-f', path.join(root, 'bench', 'scale.sql'), '-c', sql], env)
const count = (sql) => Number(spawnSync('psql', ['-Atc', sql, databaseUrl], { encoding: 'utf8' }).stdout.trim())
const perCopy = (table) => count(`SELECT count(*) FROM ${table} WHERE _status = 'published'`)
psqlScale(`SELECT bench_copy('articles', ${Math.ceil((ARTICLES - perCopy('articles')) / perCopy('articles'))}); SELECT bench_copy('exercises', ${Math.ceil((EXERCISES - perCopy('exercises')) / perCopy('exercises'))});`)
// As autovacuum would have by then: statistics, and the visibility map that index-only scans need.
run('psql', ['-qc', 'VACUUM ANALYZE', databaseUrl], env)
const sizes = { articles: perCopy('articles'), exercises: perCopy('exercises'), searchRows: count('SELECT count(*) FROM search') }
console.log(`[bench:scale] ${JSON.stringify(sizes)}`)

/** One uncached render of `pagePath` (draft mode): its time, checked to be a 200. */
async function render(url, pagePath, cookies) {
  const started = performance.now()
  const response = await fetch(url + pagePath, { headers: { cookie: cookies, ...NAVIGATION } })
  await response.arrayBuffer()
  if (response.status !== 200) throw new Error(`${pagePath} answered ${response.status}`)
  return performance.now() - started
}

// Timed on a direct connection to PostgreSQL.
const app = await startApp(env)
let cookies
const pages = []
const files = []
try {
  cookies = await signInForPreview(app.url, '/blog')
  for (const [name, pagePath] of PAGES) {
    // The first render warms the code paths; the figures are the ones after it.
    await render(app.url, pagePath, cookies)
    const timings = []
    for (let i = 0; i < REQUESTS; i++) timings.push(await render(app.url, pagePath, cookies))
    timings.sort((a, b) => a - b)
    pages.push({ name, path: pagePath, p50Ms: round(percentile(timings, 0.5)), p95Ms: round(percentile(timings, 0.95)) })
  }

  // The sitemap and feeds are built once per publish: expire them, then time the cold build.
  await fetch(`${app.url}/api/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-revalidate-secret': createHmac('sha256', env.PAYLOAD_SECRET).update('revalidate').digest('hex') },
    body: JSON.stringify({ tags: ['collection:articles', 'collection:exercises', 'collection:topics'] }),
  })
  for (const [name, filePath] of FILES) {
    const started = performance.now()
    const response = await fetch(app.url + filePath)
    const body = await response.text()
    files.push({ name, path: filePath, status: response.status, coldMs: round(performance.now() - started), bytes: body.length, urls: (body.match(/<loc>/g) ?? []).length, items: (body.match(/<item>/g) ?? []).length })
  }
} finally {
  await app.stop()
}

// Counted, with EXPLAIN ANALYZE of each statement, on a second start behind the counter.
const counted = await startCountedApp(env, database)
try {
  for (const page of pages) {
    await render(counted.url, page.path, cookies)
    counted.counter.take()
    await render(counted.url, page.path, cookies)
    page.statements = explainAll(counted.counter.take())
    console.log(`[bench:scale] ${page.name}: p50 ${page.p50Ms} ms, p95 ${page.p95Ms} ms, ${page.statements.length} statements`)
  }
} finally {
  await counted.stop()
}

const result = { measuredAt: new Date().toISOString(), machine: `${os.cpus().length} cores, ${os.cpus()[0]?.model}`, requests: REQUESTS, sizes, pages, files }
writeResult('scale', result)
writeDocSection('scale', 'Scale: 10,000 articles and 1,000 exercises', scaleDoc(result))
console.table(pages.map(({ name, p50Ms, p95Ms, statements }) => ({ name, p50Ms, p95Ms, statements: statements.length })))
console.table(files)

function round(value) {
  return Number(value.toFixed(1))
}

/** EXPLAIN ANALYZE of each SELECT with its bound values (text format, as node-postgres sends them). */
function explainAll(statements) {
  return statements.map(({ sql, params }) => {
    if (!/^\s*select/i.test(sql)) return { sql, planMs: null, plan: [] }
    const literal = (value) => (value === null ? 'NULL' : `'${value.replaceAll("'", "''")}'`)
    const bound = sql.replace(/\$(\d+)/g, (_, index) => literal(params[Number(index) - 1] ?? null))
    const output = spawnSync('psql', ['-At', databaseUrl, '-c', `EXPLAIN (ANALYZE, COSTS OFF) ${bound}`], { encoding: 'utf8' }).stdout.trim().split('\n')
    const execution = output.find((line) => line.startsWith('Execution Time'))
    return { sql, planMs: execution ? Number(/([\d.]+) ms/.exec(execution)?.[1]) : null, plan: output }
  })
}

function scaleDoc(result) {
  const lines = [
    `Measured ${result.measuredAt} on ${result.machine} (\`npm run bench:scale\`): ${result.sizes.articles} published articles, ${result.sizes.exercises} exercises, ${result.sizes.searchRows} search rows. Each page rendered uncached (draft mode) ${result.requests} times on a direct connection to PostgreSQL; its statements counted (and explained) on one more render by a second start behind the counting proxy.`,
    '',
    '| page | p50 ms | p95 ms | SQL statements | slowest statement (database time) | goal |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
    ...result.pages.map((page) => `| ${page.name} (\`${page.path}\`) | ${page.p50Ms} | ${page.p95Ms} | ${page.statements.length} | ${Math.max(0, ...page.statements.map((s) => s.planMs ?? 0))} ms | p95 ≤ 100 ms |`),
    '',
    '| file | status | cold ms | bytes | URLs | items |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...result.files.map((file) => `| ${file.name} (\`${file.path}\`) | ${file.status} | ${file.coldMs} | ${file.bytes} | ${file.urls} | ${file.items} |`),
    '',
    'The plan of the slowest statement of each page (EXPLAIN ANALYZE, with the values it was sent):',
  ]
  for (const page of result.pages) {
    const slowest = [...page.statements].sort((a, b) => (b.planMs ?? 0) - (a.planMs ?? 0))[0]
    if (!slowest) continue
    lines.push('', `${page.name}: \`${slowest.sql.replace(/\s+/g, ' ').slice(0, 200)}…\``, '', '```', ...slowest.plan, '```')
  }
  return lines
}
