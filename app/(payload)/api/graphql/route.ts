import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { guardGraphql } from '@/lib/server/graphql-guard'
import { honourGraphqlIdempotencyKeys } from '@/lib/server/graphql-idempotency'
import { noStore } from '@/lib/server/no-store'

// Token limit, 400 for refused requests, no caching: lib/server/graphql-guard.ts; creates
// honour an Idempotency-Key: lib/server/graphql-idempotency.ts.
export const POST = guardGraphql(honourGraphqlIdempotencyKeys(GRAPHQL_POST(config)))
export const OPTIONS = noStore(REST_OPTIONS(config))
