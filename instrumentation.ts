/**
 * Next.js calls this once when the server starts: start the in-process runner for
 * scheduled publishing (no external cron). Off during `next build` and with JOBS_RUNNER=off.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  if (process.env.NEXT_PHASE === 'phase-production-build' || process.env.JOBS_RUNNER === 'off') return
  // Not awaited: Next serves no request until register() returns, and pages from the
  // full-route cache need no Payload. The runner starts once Payload has loaded.
  void (async () => {
    const [{ getPayloadClient }, { startJobRunner }] = await Promise.all([import('./lib/server/payload'), import('./lib/server/job-runner')])
    const intervalSeconds = Number(process.env.JOBS_INTERVAL_SECONDS) || 60
    startJobRunner(await getPayloadClient(), intervalSeconds * 1000)
  })().catch((error: unknown) => console.error('[jobs] the scheduled-publish runner did not start:', error))
}
