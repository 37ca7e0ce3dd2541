/** `npm run migrate`: applies pending migrations to DATABASE_URL (or the embedded database). */
import { prepareRuntime } from '../lib/server/runtime'

const runtime = await prepareRuntime({ production: false })
await runtime.shutdown()
console.log('[bthemethod] migrations are up to date')
