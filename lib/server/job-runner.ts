import type { Payload } from 'payload'
import type { Pool } from 'pg'

/** Any fixed number: the Postgres advisory lock that lets one app instance run jobs at a time. */
const JOB_RUNNER_LOCK = 73_210_911

/**
 * Runs the queued jobs that are due (scheduled publish and unpublish), unless another
 * runner (another app instance on the same database) is already at it. The advisory lock
 * makes the batch exclusive, so a job is never picked up twice.
 */
export async function runDueJobsOnce(payload: Payload, options: { limit?: number } = {}): Promise<{ ran: boolean }> {
  const pool = (payload.db as unknown as { pool: Pool }).pool
  const client = await pool.connect()
  try {
    const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [JOB_RUNNER_LOCK])
    if (!rows[0]?.locked) return { ran: false }
    try {
      await payload.jobs.run({ queue: 'default', limit: options.limit ?? 50 })
      return { ran: true }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [JOB_RUNNER_LOCK])
    }
  } finally {
    client.release()
  }
}

/**
 * Checks for due jobs every `intervalMs` inside the app process. Returns a stop function
 * that resolves once a batch in progress has finished (so a shutdown never cuts one off).
 */
export function startJobRunner(payload: Payload, intervalMs: number): () => Promise<void> {
  let current: Promise<void> | null = null
  const tick = () => {
    if (current) return
    current = runDueJobsOnce(payload)
      .then(() => undefined)
      .catch((error: unknown) => payload.logger.error({ err: error, msg: 'Scheduled jobs failed' }))
      .finally(() => {
        current = null
      })
  }
  const timer = setInterval(tick, intervalMs)
  timer.unref()
  return async () => {
    clearInterval(timer)
    await current
  }
}

/**
 * Starts the runner once Payload has loaded, trying again every `retryMs` while it cannot
 * (a database that is slow or away while the instance starts): one failed first connection
 * must not leave an instance without scheduled publishing until its next restart. The
 * first attempt waits `delayMs`, so that loading Payload does not compete with a freshly
 * started server's first requests for the CPU. Returns the stop function at once;
 * stopping before the start ends the attempts.
 */
export function startJobRunnerWhenReady(
  loadPayload: () => Promise<Payload>,
  options: { intervalMs: number; delayMs?: number; retryMs?: number; log?: (message: string) => void },
): () => Promise<void> {
  const retryMs = options.retryMs ?? 2000
  const log = options.log ?? ((message) => console.error(message))
  let stopped = false
  let stopRunner: (() => Promise<void>) | null = null
  let retryTimer: NodeJS.Timeout | null = null
  const attempt = async (tries: number): Promise<void> => {
    try {
      const payload = await loadPayload()
      if (stopped) return
      stopRunner = startJobRunner(payload, options.intervalMs)
      if (tries > 1) log(`[jobs] the scheduled-publish runner started (attempt ${tries})`)
    } catch (error) {
      if (stopped) return
      log(`[jobs] the scheduled-publish runner could not start yet (${(error as Error).message.split('\n')[0]}); trying again in ${retryMs / 1000} s`)
      retryTimer = setTimeout(() => void attempt(tries + 1), retryMs)
      retryTimer.unref()
    }
  }
  retryTimer = setTimeout(() => void attempt(1), options.delayMs ?? 0)
  retryTimer.unref()
  return async () => {
    stopped = true
    if (retryTimer) clearTimeout(retryTimer)
    await stopRunner?.()
  }
}
