import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { guardGraphql } from '@/lib/server/graphql-guard'
import { noStore } from '@/lib/server/no-store'

// Token limit, 400 for refused requests, no caching: lib/server/graphql-guard.ts.
export const POST = guardGraphql(GRAPHQL_POST(config))
export const OPTIONS = noStore(REST_OPTIONS(config))
