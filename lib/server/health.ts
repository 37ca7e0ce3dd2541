export type HealthReport = {
  status: 'ok' | 'unavailable'
  database: 'reachable' | 'unreachable'
  latencyMs: number
}

/**
 * Runs a trivial query against the database with a deadline. Any failure (no
 * connection, Payload not starting, a hung server) reports 503, never a 500.
 */
export async function checkDatabaseHealth(
  ping: () => Promise<unknown>,
  timeoutMs = 3000,
): Promise<{ httpStatus: 200 | 503; report: HealthReport }> {
  const started = performance.now()
  let timer: NodeJS.Timeout | undefined
  try {
    await Promise.race([
      ping(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('database ping timed out')), timeoutMs)
      }),
    ])
    return {
      httpStatus: 200,
      report: { status: 'ok', database: 'reachable', latencyMs: Math.round(performance.now() - started) },
    }
  } catch {
    return {
      httpStatus: 503,
      report: { status: 'unavailable', database: 'unreachable', latencyMs: Math.round(performance.now() - started) },
    }
  } finally {
    clearTimeout(timer)
  }
}
