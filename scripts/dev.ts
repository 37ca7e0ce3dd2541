/** `npm run dev`: database (embedded when DATABASE_URL is unset), migrations, then `next dev`. */
import { prepareRuntime, spawnNext, superviseNext } from '../lib/runtime'

const port = process.env.PORT || '3000'
const runtime = await prepareRuntime({ production: false, seed: 'when-empty' })
const next = spawnNext(['dev', '--port', port])
console.log(`[bthemethod] site: http://localhost:${port}  admin: http://localhost:${port}/admin`)
await superviseNext(next, runtime)
