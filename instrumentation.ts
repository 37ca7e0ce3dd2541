/**
 * Next.js calls this once when the server starts: graceful shutdown on SIGTERM
 * (lib/server/shutdown.ts), and the in-process runner for scheduled publishing (no
 * external cron). Off during `next build`; the runner is off with JOBS_RUNNER=off.
 */
/** Long enough for a cold instance's first pages, short against the runner's interval (60 s by default). */
const JOB_RUNNER_START_DELAY_MS = 3000

export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  const [{ serverEnv }, { installGracefulShutdown, onShutdown }] = await Promise.all([import('./lib/server/env'), import('./lib/server/shutdown')])
  installGracefulShutdown()
  const env = serverEnv()
  if (env.redisUrl) {
    // The pages this build prerendered go into the shared cache, unless an instance of the
    // same build already put a newer copy there.
    const [{ registerInitialCache }, { default: CacheHandler }] = await Promise.all([
      import('@fortedigital/nextjs-cache-handler/instrumentation'),
      import('./lib/server/redis-cache-handler.mjs'),
    ])
    await registerInitialCache(CacheHandler, { setOnlyIfNotExists: true, buildDir: process.env.NEXT_DIST_DIR || '.next' })
  }
  if (!env.jobsRunner) return
  // Neither Payload nor its config is loaded here: Next serves no request until register()
  // returns, and pages from the full-route cache need no Payload. The runner loads it a few
  // seconds after the start (the first requests get the CPU), retrying while the database
  // does not answer; a scheduled publish waits for the interval anyway.
  // Nor before `npm start` has found the schema current (lib/server/start-gate.ts): Payload's
  // own start would otherwise migrate alongside it.
  const [{ startJobRunnerWhenReady }, { startGateOpened }] = await Promise.all([import('./lib/server/job-runner'), import('./lib/server/start-gate')])
  const loadPayload = () => import('./lib/server/payload').then(({ getPayloadClient }) => getPayloadClient())
  void startGateOpened().then(() => onShutdown(startJobRunnerWhenReady(loadPayload, { intervalMs: env.jobsIntervalSeconds * 1000, delayMs: JOB_RUNNER_START_DELAY_MS })))
}
