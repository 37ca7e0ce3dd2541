/** `npm start`: serves the production build after checking the secret and migrating. */
import { MissingSecretError } from '../lib/server/secret'
import { prepareRuntime, spawnAppServer, superviseNext } from '../lib/server/runtime'

Object.assign(process.env, { NODE_ENV: 'production' })
const port = process.env.PORT || '3000'

try {
  const runtime = await prepareRuntime({ production: true })
  const env = { ...process.env, PORT: port, INTERNAL_URL: process.env.INTERNAL_URL ?? `http://127.0.0.1:${port}` }
  await superviseNext(spawnAppServer(env), runtime)
} catch (error) {
  if (error instanceof MissingSecretError) {
    console.error(`[bthemethod] ${error.message}`)
    process.exit(1)
  }
  throw error
}
