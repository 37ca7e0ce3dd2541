#!/usr/bin/env node
/**
 * `npm run bench:draft -- [--requests 200] [--skip-build]`: the uncached render, the
 * hip-mobility article as a signed-in editor previews it (draft mode), one request after
 * the other. Reports p50/p99 and the SQL statements per render, counted on the wire by a
 * proxy in front of PostgreSQL (scripts/pg-statement-counter.mjs), with the statements of
 * one render listed. Writes bench/results/draft.json and its section of docs/performance.md.
 */
import os from 'node:os'
import { parseArgs } from 'node:util'

import { benchEnv, NAVIGATION, percentile, prepareApp, signInForPreview, startApp, writeDocSection, writeResult } from './bench-app.mjs'
import { startStatementCounter } from './pg-statement-counter.mjs'

const { values } = parseArgs({ options: { requests: { type: 'string', default: '200' }, 'skip-build': { type: 'boolean', default: false } } })
const REQUESTS = Number(values.requests)
const ARTICLE = '/blog/hip-mobility-and-lower-back-pain'
const database = 'bthemethod_draft_bench'
const port = 3310

const env = benchEnv(database, port)
prepareApp({ database, env, skipBuild: values['skip-build'] })

const counter = await startStatementCounter()
const app = await startApp({ ...env, DATABASE_URL: `postgres://postgres@127.0.0.1:${counter.port}/${database}` })
try {
  const cookies = await signInForPreview(app.url, ARTICLE)
  const render = async () => {
    const started = performance.now()
    const response = await fetch(app.url + ARTICLE, { headers: { cookie: cookies, ...NAVIGATION } })
    const html = await response.text()
    if (response.status !== 200) throw new Error(`${ARTICLE} answered ${response.status}`)
    if (!/no-store/.test(response.headers.get('cache-control') ?? '')) throw new Error(`not a draft render: Cache-Control ${response.headers.get('cache-control')}`)
    return { ms: performance.now() - started, bytes: html.length }
  }
  for (let i = 0; i < 10; i++) await render()

  const latencies = []
  const statementCounts = []
  let oneRender = []
  for (let i = 0; i < REQUESTS; i++) {
    counter.take()
    latencies.push((await render()).ms)
    const statements = counter.take()
    statementCounts.push(statements.length)
    if (i === 0) oneRender = statements
  }
  latencies.sort((a, b) => a - b)
  statementCounts.sort((a, b) => a - b)
  const result = {
    measuredAt: new Date().toISOString(),
    machine: `${os.cpus().length} cores, ${os.cpus()[0]?.model}`,
    page: ARTICLE,
    requests: REQUESTS,
    p50Ms: Number(percentile(latencies, 0.5).toFixed(1)),
    p99Ms: Number(percentile(latencies, 0.99).toFixed(1)),
    statementsPerRender: { median: percentile(statementCounts, 0.5), min: statementCounts[0], max: statementCounts.at(-1) },
    oneRender: summarize(oneRender),
  }
  writeResult('draft', result)
  writeDocSection('draft', 'Uncached render: the article in draft mode', [
    `Measured ${result.measuredAt} on ${result.machine}: ${REQUESTS} sequential requests of \`${ARTICLE}\` as a signed-in editor in draft mode (\`npm run bench:draft\`).`,
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
} finally {
  app.stop()
  await counter.close()
}

/** The statements, first 140 characters each, grouped with how often they ran. */
function summarize(statements) {
  const counts = new Map()
  for (const { sql } of statements) {
    const key = sql.replace(/\s+/g, ' ').slice(0, 140)
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return [...counts].map(([sql, times]) => ({ times, sql })).sort((a, b) => b.times - a.times)
}
