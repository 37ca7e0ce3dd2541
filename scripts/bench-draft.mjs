#!/usr/bin/env node
/**
 * `npm run bench:draft -- [--requests 200] [--skip-build]`: the uncached render, the
 * hip-mobility article as a signed-in editor previews it (draft mode), one request after
 * the other. Reports p50/p99 (direct connection) and the SQL statements per render, counted
 * on the wire by a proxy in front of PostgreSQL on a second start (startCountedApp), with
 * the statements of one render listed. Writes bench/results/draft.json and its section of
 * docs/performance.md.
 */
import os from 'node:os'
import { parseArgs } from 'node:util'

import { benchEnv, NAVIGATION, percentile, prepareApp, signInForPreview, startApp, startCountedApp, writeDocSection, writeResult } from './bench-app.mjs'

const { values } = parseArgs({ options: { requests: { type: 'string', default: '200' }, 'skip-build': { type: 'boolean', default: false } } })
const REQUESTS = Number(values.requests)
const ARTICLE = '/blog/hip-mobility-and-lower-back-pain'
const database = 'bthemethod_draft_bench'
const port = 3310

const env = benchEnv(database, port)
prepareApp({ database, env, skipBuild: values['skip-build'] })

/** One draft render of the article: its time, checked to be a 200 draft (not a cached page). */
async function render(url, cookies) {
  const started = performance.now()
  const response = await fetch(url + ARTICLE, { headers: { cookie: cookies, ...NAVIGATION } })
  await response.text()
  if (response.status !== 200) throw new Error(`${ARTICLE} answered ${response.status}`)
  if (!/no-store/.test(response.headers.get('cache-control') ?? '')) throw new Error(`not a draft render: Cache-Control ${response.headers.get('cache-control')}`)
  return performance.now() - started
}

// Timed on a direct connection to PostgreSQL.
const app = await startApp(env)
let cookies
const latencies = []
try {
  cookies = await signInForPreview(app.url, ARTICLE)
  for (let i = 0; i < 10; i++) await render(app.url, cookies)
  for (let i = 0; i < REQUESTS; i++) latencies.push(await render(app.url, cookies))
} finally {
  await app.stop()
}
latencies.sort((a, b) => a - b)

// Counted through the statement counter, on a second start of the same build.
const COUNTED_RENDERS = 20
const counted = await startCountedApp(env, database)
const statementCounts = []
const countedLatencies = []
let oneRender = []
try {
  for (let i = 0; i < 10; i++) await render(counted.url, cookies)
  for (let i = 0; i < COUNTED_RENDERS; i++) {
    counted.counter.take()
    countedLatencies.push(await render(counted.url, cookies))
    const statements = counted.counter.take()
    statementCounts.push(statements.length)
    if (i === 0) oneRender = statements
  }
} finally {
  await counted.stop()
}
statementCounts.sort((a, b) => a - b)
countedLatencies.sort((a, b) => a - b)

const result = {
  measuredAt: new Date().toISOString(),
  machine: `${os.cpus().length} cores, ${os.cpus()[0]?.model}`,
  page: ARTICLE,
  requests: REQUESTS,
  p50Ms: Number(percentile(latencies, 0.5).toFixed(1)),
  p99Ms: Number(percentile(latencies, 0.99).toFixed(1)),
  countedRenders: COUNTED_RENDERS,
  p50MsThroughCounter: Number(percentile(countedLatencies, 0.5).toFixed(1)),
  statementsPerRender: { median: percentile(statementCounts, 0.5), min: statementCounts[0], max: statementCounts.at(-1) },
  oneRender: summarize(oneRender),
}
writeResult('draft', result)
writeDocSection('draft', 'Uncached render: the article in draft mode', [
  `Measured ${result.measuredAt} on ${result.machine}: ${REQUESTS} sequential requests of \`${ARTICLE}\` as a signed-in editor in draft mode (\`npm run bench:draft\`), on a direct connection to PostgreSQL. The statements are counted on ${COUNTED_RENDERS} more renders by a second start of the same build behind the counting proxy, which slows what it counts (p50 there: ${result.p50MsThroughCounter} ms).`,
  '',
  '| p50 ms | p99 ms | SQL statements per render (median, min–max) | goal |',
  '| ---: | ---: | ---: | --- |',
  `| ${result.p50Ms} | ${result.p99Ms} | ${result.statementsPerRender.median} (${result.statementsPerRender.min}–${result.statementsPerRender.max}) | p50 ≤ 25 ms, p99 ≤ 60 ms, ≤ 3 statements |`,
  '',
  'The statements of one render, counted on the wire:',
  '',
  '| times | statement |',
  '| ---: | --- |',
  ...result.oneRender.map(({ times, sql }) => `| ${times} | \`${sql.replaceAll('|', '\\|')}\` |`),
])
console.log(JSON.stringify({ ...result, oneRender: undefined }, null, 2))
console.table(result.oneRender)

/** The statements, first 140 characters each, grouped with how often they ran. */
function summarize(statements) {
  const counts = new Map()
  for (const { sql } of statements) {
    const key = sql.replace(/\s+/g, ' ').slice(0, 140)
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return [...counts].map(([sql, times]) => ({ times, sql })).sort((a, b) => b.times - a.times)
}
