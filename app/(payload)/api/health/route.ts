import type { PostgresAdapter } from '@payloadcms/db-postgres'

import { checkDatabaseHealth } from '@/lib/server/health'
import { getPayloadClient } from '@/lib/server/payload'

export const dynamic = 'force-dynamic'

/** Liveness for load balancers and Docker: 200 when the database answers, 503 otherwise. */
export async function GET() {
  const { httpStatus, report } = await checkDatabaseHealth(async () => {
    const payload = await getPayloadClient()
    await (payload.db as unknown as PostgresAdapter).pool.query('SELECT 1')
  })
  return Response.json(report, { status: httpStatus, headers: { 'Cache-Control': 'no-store' } })
}
