/**
 * `npm run bench:publish -- [base URL]`: time from a publish through the REST API to the
 * new text on the live, cached page, over 20 runs (median and max). Needs a running
 * production server with the demo content and the demo editor's password in
 * SEED_DEMO_PASSWORD. A measurement, not a test.
 */
export {}

const base = (process.argv[2] ?? process.env.BENCH_URL ?? 'http://localhost:3000').replace(/\/$/, '')
const password = process.env.SEED_DEMO_PASSWORD
if (!password) throw new Error('Set SEED_DEMO_PASSWORD to the demo accounts\' password.')
const RUNS = Number(process.env.BENCH_RUNS) || 20
const SLUG = process.env.BENCH_SLUG ?? 'why-a-small-soft-ball'

const login = await fetch(`${base}/api/users/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: 'editor@bthemethod.test', password }),
})
const { token } = (await login.json()) as { token: string }
const auth = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
const { docs } = (await (await fetch(`${base}/api/articles?where[slug][equals]=${SLUG}&depth=0`, { headers: auth })).json()) as {
  docs: { id: number; title: string }[]
}
const article = docs[0]
const original = article.title

const timings: number[] = []
for (let run = 1; run <= RUNS; run++) {
  await fetch(`${base}/blog/${SLUG}`) // the page is cached before each publish
  const title = `${original} (${run})`
  const started = performance.now()
  const response = await fetch(`${base}/api/articles/${article.id}`, { method: 'PATCH', headers: auth, body: JSON.stringify({ title, _status: 'published' }) })
  if (!response.ok) throw new Error(`publish failed: ${response.status}`)
  for (;;) {
    const html = await (await fetch(`${base}/blog/${SLUG}`)).text()
    if (html.includes(title)) break
    if (performance.now() - started > 10_000) throw new Error(`run ${run}: not live after 10 s`)
  }
  timings.push(performance.now() - started)
}
await fetch(`${base}/api/articles/${article.id}`, { method: 'PATCH', headers: auth, body: JSON.stringify({ title: original, _status: 'published' }) })

const sorted = [...timings].sort((a, b) => a - b)
const median = (sorted[Math.floor((sorted.length - 1) / 2)] + sorted[Math.ceil((sorted.length - 1) / 2)]) / 2
console.log(`publish to live page, ${RUNS} runs: median ${Math.round(median)} ms, max ${Math.round(sorted.at(-1)!)} ms, min ${Math.round(sorted[0])} ms`)
