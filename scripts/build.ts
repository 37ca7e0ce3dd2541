/**
 * `npm run build`: `next build` against a migrated database, because pages read
 * content from Payload while they are pre-rendered.
 */
import { prepareRuntime, spawnNext, superviseNext } from '../lib/runtime'

// A build is not a deployment: it does not need the production secret.
process.env.PAYLOAD_SECRET ||= 'build-time-secret-not-used-to-serve'
const runtime = await prepareRuntime({ production: false })
await superviseNext(spawnNext(['build']), runtime)
