import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { noStore } from '@/lib/server/no-store'

// Payload's REST API; every answer but an uploaded file is `private, no-store` (lib/server/no-store.ts).
export const GET = noStore(REST_GET(config))
export const POST = noStore(REST_POST(config))
export const DELETE = noStore(REST_DELETE(config))
export const PATCH = noStore(REST_PATCH(config))
export const PUT = noStore(REST_PUT(config))
export const OPTIONS = noStore(REST_OPTIONS(config))
