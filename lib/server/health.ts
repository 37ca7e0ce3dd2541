export type HealthReport = {
  status: 'ok' | 'unavailable' | 'draining'
  database: 'reachable' | 'unreachable'
  migrations: 'current' | 'pending' | 'unknown'
  pendingMigrations?: string[]
  redis: 'reachable' | 'unreachable' | 'not configured'
  latencyMs: number
}

export type ReadinessProbes = {
  /** Names in payload_migrations; also proves the database answers. */
  appliedMigrations: () => Promise<string[]>
  committedMigrations: string[]
  /** Null when no Redis is configured. */
  pingRedis: (() => Promise<unknown>) | null
  draining: boolean
}

function withDeadline<T>(work: () => Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  return Promise.race([
    work(),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} timed out`)), timeoutMs)
    }),
  ]).finally(() => clearTimeout(timer))
}

/**
 * Readiness for load balancers: 200 only when the database answers, every committed
 * migration is applied and Redis (when configured) answers, and the instance is not
 * shutting down. Each probe has a deadline; any failure is a 503, never a 500 or a hang.
 */
export async function checkReadiness(probes: ReadinessProbes, timeoutMs = 3000): Promise<{ httpStatus: 200 | 503; report: HealthReport }> {
  const started = performance.now()
  const [applied, redis] = await Promise.allSettled([
    withDeadline(probes.appliedMigrations, timeoutMs, 'database'),
    probes.pingRedis ? withDeadline(probes.pingRedis, timeoutMs, 'redis') : Promise.resolve('not configured'),
  ])
  const pending = applied.status === 'fulfilled' ? probes.committedMigrations.filter((name) => !applied.value.includes(name)) : []
  const report: HealthReport = {
    status: 'ok',
    database: applied.status === 'fulfilled' ? 'reachable' : 'unreachable',
    migrations: applied.status === 'rejected' ? 'unknown' : pending.length ? 'pending' : 'current',
    ...(pending.length ? { pendingMigrations: pending } : {}),
    redis: !probes.pingRedis ? 'not configured' : redis.status === 'fulfilled' ? 'reachable' : 'unreachable',
    latencyMs: 0,
  }
  const healthy = report.database === 'reachable' && report.migrations === 'current' && report.redis !== 'unreachable'
  report.status = probes.draining ? 'draining' : healthy ? 'ok' : 'unavailable'
  report.latencyMs = Math.round(performance.now() - started)
  return { httpStatus: report.status === 'ok' ? 200 : 503, report }
}
