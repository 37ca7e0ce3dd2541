import { Kind, visit, type DocumentNode, type ValueNode } from 'graphql'

import { visitorPageProblems, type InputProblem } from '../model/input-checks'
import { getPayloadClient } from './payload'

/**
 * How many documents one API read of someone not signed in may ask for
 * (VISITOR_PAGE_LIMIT, lib/model/input-checks.ts), checked where the client's own
 * arguments are still apart from the reads Payload makes for it (filling relationships in
 * reads every related document at once): the REST query string and the GraphQL document.
 * Only a request that asks for more is checked for a signed-in user; staff (whose admin
 * counts with `limit=0`) and the site's Local API reads are not limited.
 */

export type PageAsk = { limit?: unknown; pagination?: unknown }

async function isSignedIn(headers: Headers): Promise<boolean> {
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers }).catch(() => ({ user: null }))
  return Boolean(user)
}

/** What is wrong with the asks, unless the sender is signed in. */
export async function visitorPageRefusal(headers: Headers, asks: PageAsk[]): Promise<InputProblem | null> {
  const problem = asks.flatMap(visitorPageProblems)[0]
  if (!problem || (await isSignedIn(headers))) return null
  return problem
}

/** A REST read's ask: `?limit=` and `?pagination=false`. */
export function restPageAsk(url: URL): PageAsk {
  return { limit: url.searchParams.get('limit') ?? undefined, pagination: url.searchParams.get('pagination') === 'false' ? false : undefined }
}

function valueOf(node: ValueNode, variables: Record<string, unknown>): unknown {
  if (node.kind === Kind.VARIABLE) return variables[node.name.value]
  if (node.kind === Kind.INT || node.kind === Kind.FLOAT) return Number(node.value)
  if (node.kind === Kind.BOOLEAN) return node.value
  if (node.kind === Kind.NULL) return null
  return node.kind === Kind.STRING || node.kind === Kind.ENUM ? node.value : undefined
}

/** Every field's `limit` and `pagination` arguments in a GraphQL document, variables filled in. */
export function graphqlPageAsks(document: DocumentNode, variables: unknown): PageAsk[] {
  const values = variables && typeof variables === 'object' ? (variables as Record<string, unknown>) : {}
  const asks: PageAsk[] = []
  visit(document, {
    Field(field) {
      const ask: PageAsk = {}
      for (const argument of field.arguments ?? []) {
        if (argument.name.value === 'limit' || argument.name.value === 'pagination') ask[argument.name.value] = valueOf(argument.value, values)
      }
      if (Object.keys(ask).length) asks.push(ask)
    },
  })
  return asks
}
