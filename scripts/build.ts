/**
 * `npm run build`: `next build` against a migrated database, because pages read
 * content from Payload while they are pre-rendered.
 */
import { rmSync } from 'node:fs'

import { nextDataCacheDir } from '../lib/server/paths'
import { prepareRuntime, spawnNext, superviseNext } from '../lib/server/runtime'

// A build is not a deployment: it does not need the production secret.
process.env.PAYLOAD_SECRET ||= 'build-time-secret-not-used-to-serve'
const runtime = await prepareRuntime({ production: false })
rmSync(nextDataCacheDir(), { recursive: true, force: true })
await superviseNext(spawnNext(['build']), runtime)
