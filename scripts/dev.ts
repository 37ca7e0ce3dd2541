/** `npm run dev`: database (embedded when DATABASE_URL is unset), migrations, then `next dev`. */
import { prepareRuntime, spawnNext, superviseNext } from '../lib/server/runtime'

const port = process.env.PORT || '3000'
const runtime = await prepareRuntime({ production: false, seed: 'when-empty' })
// INTERNAL_URL: how the server's background work (scheduled publishing) reaches the server itself.
const next = spawnNext(['dev', '--port', port], { ...process.env, INTERNAL_URL: process.env.INTERNAL_URL ?? `http://127.0.0.1:${port}` })
console.log(`[bthemethod] site: http://localhost:${port}  admin: http://localhost:${port}/admin`)
await superviseNext(next, runtime)
