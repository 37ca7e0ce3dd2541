import type { PostgresAdapter } from '@payloadcms/db-postgres'

import { migrations } from '@/migrations'
import { serverEnv } from '@/lib/server/env'
import { checkReadiness } from '@/lib/server/health'
import { getPayloadClient } from '@/lib/server/payload'
import { pingRedis } from '@/lib/server/redis-ping'
import { isDraining } from '@/lib/server/shutdown'

export const dynamic = 'force-dynamic'

/** Readiness: may a load balancer send this instance traffic? 200 or 503 (lib/server/health.ts). */
export async function GET() {
  const { redisUrl } = serverEnv()
  const { httpStatus, report } = await checkReadiness({
    appliedMigrations: async () => {
      const payload = await getPayloadClient()
      const { rows } = await (payload.db as unknown as PostgresAdapter).pool.query<{ name: string }>('SELECT name FROM payload_migrations')
      return rows.map((row) => row.name)
    },
    committedMigrations: migrations.map((migration) => migration.name),
    pingRedis: redisUrl ? () => pingRedis(redisUrl) : null,
    draining: isDraining(),
  })
  return Response.json(report, { status: httpStatus, headers: { 'Cache-Control': 'private, no-store' } })
}
