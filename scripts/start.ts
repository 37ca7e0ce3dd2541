/** `npm start`: serves the production build after checking the secret and migrating. */
import { MissingSecretError } from '../lib/server/secret'
import { prepareRuntime, spawnGatedAppServer, superviseNext } from '../lib/server/runtime'

Object.assign(process.env, { NODE_ENV: 'production' })
const port = process.env.PORT || '3000'

try {
  // The app server starts loading while the database is checked, and serves once it has passed.
  let appServer: ReturnType<typeof spawnGatedAppServer> | undefined
  const runtime = await prepareRuntime({
    production: true,
    whileChecking: () => (appServer = spawnGatedAppServer({ ...process.env, PORT: port, INTERNAL_URL: process.env.INTERNAL_URL ?? `http://127.0.0.1:${port}` })),
  })
  appServer!.open()
  await superviseNext(appServer!.child, runtime)
} catch (error) {
  if (error instanceof MissingSecretError) {
    console.error(`[bthemethod] ${error.message}`)
    process.exit(1)
  }
  throw error
}
