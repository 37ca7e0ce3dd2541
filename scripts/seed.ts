/** `npm run seed`: loads the demo content (idempotent) into DATABASE_URL or the embedded database. */
import { prepareRuntime } from '../lib/server/runtime'

const runtime = await prepareRuntime({ production: process.env.NODE_ENV === 'production', seed: 'always' })
await runtime.shutdown()
