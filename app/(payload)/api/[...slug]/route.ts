import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { honourRestIdempotencyKeys } from '@/lib/server/idempotency'
import { noStore } from '@/lib/server/no-store'
import { guardRest } from '@/lib/server/rest-guard'

// Payload's REST API, behind the input guard (lib/server/rest-guard.ts); creates honour an
// Idempotency-Key (lib/server/idempotency.ts); every answer but an uploaded file is
// `private, no-store` (lib/server/no-store.ts).
export const GET = noStore(guardRest(config, REST_GET(config)))
export const POST = noStore(guardRest(config, honourRestIdempotencyKeys(REST_POST(config))))
export const DELETE = noStore(guardRest(config, REST_DELETE(config)))
export const PATCH = noStore(guardRest(config, REST_PATCH(config)))
export const PUT = noStore(guardRest(config, REST_PUT(config)))
export const OPTIONS = noStore(REST_OPTIONS(config))
