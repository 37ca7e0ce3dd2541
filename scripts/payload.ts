/**
 * Payload's CLI (`npm run payload -- migrate:create`, `generate:types` ...) with the
 * same database resolution as the app, so it works with DATABASE_URL unset too.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { startEmbeddedPostgres } from '../lib/server/embedded-postgres'
import { dataDir, projectRoot } from '../lib/server/paths'
import { resolvePayloadSecret } from '../lib/server/secret'

process.env.PAYLOAD_SECRET = resolvePayloadSecret({ production: false, dataDir })

const embedded = process.env.DATABASE_URL
  ? null
  : await startEmbeddedPostgres({ directory: path.join(dataDir, 'postgres'), database: 'bthemethod' })
if (embedded) process.env.DATABASE_URL = embedded.url

// The admin import map is one file for every deployment: it must hold the S3 upload
// handler (lib/server/media-storage.ts) whether or not this machine has S3 settings.
if (process.argv.includes('generate:importmap') && !process.env.S3_BUCKET) {
  Object.assign(process.env, { S3_BUCKET: 'importmap-media', S3_ENDPOINT: 'http://127.0.0.1:9' })
}

const payloadBin = path.join(projectRoot, 'node_modules', 'payload', 'bin.js')
const child = spawn(process.execPath, [payloadBin, ...process.argv.slice(2)], {
  cwd: projectRoot,
  env: { ...process.env, PAYLOAD_CONFIG_PATH: path.join(projectRoot, 'payload.config.ts') },
  stdio: 'inherit',
})
const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)))
await embedded?.stop()
process.exit(code)
