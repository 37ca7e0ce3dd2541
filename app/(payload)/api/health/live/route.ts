export const dynamic = 'force-dynamic'

/** Liveness: the process is up and serving (no database involved, so an outage never restarts it). */
export function GET() {
  return Response.json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) }, { headers: { 'Cache-Control': 'private, no-store' } })
}
