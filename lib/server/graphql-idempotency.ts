import {
  Kind,
  OperationTypeNode,
  parse,
  print,
  visit,
  type ArgumentNode,
  type ASTNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql'
import { formatNames, toWords, type Payload } from 'payload'

import { graphqlFieldRefusal } from './graphql-guard'
import { IDEMPOTENCY_HEADER, keyProblem, requestDigest, type PendingKey } from './idempotency-context'
import { runKeyedCreate, type KeyAnswers } from './idempotency'
import { PRIVATE_NO_STORE } from './no-store'
import { getPayloadClient } from './payload'

/**
 * `Idempotency-Key` on GraphQL creates, as on REST ones (lib/server/idempotency.ts): a
 * mutation whose one field is a `create<Type>` is made at most once per key. Sent again,
 * it answers as the first time did, in the same shape: the mutation's own selection,
 * read from the document the first request made (the create field becomes that type's
 * read-one query, under the same response key), marked `Idempotent-Replayed: true`.
 * A key on anything else (a query, an update, two creates in one request) is refused
 * with a 400 naming the header: a key stands for exactly one document.
 */

type GraphqlHandler = (request: Request) => Promise<Response>
type GraphqlBody = { query?: unknown; variables?: unknown; operationName?: unknown }
type CreateMutation = { collection: string; readOne: string }
type KeyedCreate = CreateMutation & { operation: OperationDefinitionNode; field: FieldNode }

const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': PRIVATE_NO_STORE }
// What the read-one query takes of the create's arguments (`data` it does not).
const READ_BACK_ARGUMENTS = new Set(['draft', 'locale', 'fallbackLocale'])

const answer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { ...JSON_HEADERS, ...headers } })

/** Errors in GraphQL's shape, with the status and field in `extensions` as Payload's own. */
const graphqlAnswers: KeyAnswers = {
  refuse: (status, reason) => graphqlFieldRefusal(status, 'Idempotency-Key', reason),
  fail: (status, message, headers) => answer(status, { errors: [{ message, extensions: { statusCode: status } }] }, headers),
}

const namesByPayload = new WeakMap<Payload, Map<string, CreateMutation>>()

/** Each collection's create mutation and its read-one query, named as Payload's schema names them (@payloadcms/graphql, initCollections). */
function createMutations(payload: Payload): Map<string, CreateMutation> {
  let names = namesByPayload.get(payload)
  if (names) return names
  names = new Map()
  for (const { slug, graphQL } of payload.config.collections) {
    if (graphQL === false || graphQL?.disableMutations) continue
    const singular = graphQL?.singularName ? toWords(graphQL.singularName, true) : formatNames(slug).singular
    names.set(`create${singular}`, { collection: slug, readOne: singular })
  }
  namesByPayload.set(payload, names)
  return names
}

/** The keyed create, why the key does not fit this request, or null when GraphQL itself should answer (no such operation). */
function keyedCreate(document: DocumentNode, operationName: unknown, mutations: Map<string, CreateMutation>): KeyedCreate | string | null {
  const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)
  const operation = typeof operationName === 'string' && operationName ? operations.find((candidate) => candidate.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined
  if (!operation) return null
  const examples = [...mutations.keys()].slice(0, 2).join(', ')
  const fits = `is for a mutation with one create field (${examples}, …)`
  if (operation.operation !== OperationTypeNode.MUTATION) return `${fits}: this request is a ${operation.operation}`
  const selections = operation.selectionSet.selections
  if (selections.length !== 1 || selections[0]!.kind !== Kind.FIELD) return `${fits}: this mutation asks for ${selections.length} fields`
  const field = selections[0]!
  const create = mutations.get(field.name.value)
  if (!create) return `${fits}: ${field.name.value} creates no document`
  return { ...create, operation, field }
}

/** Whether the create was asked for as a draft (`draft: true`, literal or variable): the replay reads it the same way. */
function draftAsked(field: FieldNode, variables: unknown): boolean {
  const value = field.arguments?.find((argument) => argument.name.value === 'draft')?.value
  if (value?.kind === Kind.BOOLEAN) return value.value
  if (value?.kind === Kind.VARIABLE) return (variables as Record<string, unknown> | null)?.[value.name.value] === true
  return false
}

function namesUsed(node: ASTNode, kind: typeof Kind.VARIABLE | typeof Kind.FRAGMENT_SPREAD): Set<string> {
  const names = new Set<string>()
  visit(node, { [kind]: (used: { name: { value: string } }) => void names.add(used.name.value) })
  return names
}

/**
 * The keyed mutation as a query of the document the first request created: the create
 * field becomes the read-one field with the same selection under the same response key.
 * Only the fragments and variables it still uses are kept (GraphQL refuses unused ones).
 */
function readBackDocument(document: DocumentNode, create: KeyedCreate, id: string): DocumentNode {
  const name = (value: string) => ({ kind: Kind.NAME, value }) as const
  const idArgument: ArgumentNode = { kind: Kind.ARGUMENT, name: name('id'), value: /^\d+$/.test(id) ? { kind: Kind.INT, value: id } : { kind: Kind.STRING, value: id } }
  const readField: FieldNode = {
    ...create.field,
    alias: create.field.alias ?? name(create.field.name.value),
    name: name(create.readOne),
    arguments: [idArgument, ...(create.field.arguments ?? []).filter((argument) => READ_BACK_ARGUMENTS.has(argument.name.value))],
  }
  const selectionSet = { ...create.operation.selectionSet, selections: [readField] }
  const fragments = new Map(document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]))
  const kept = new Map<string, FragmentDefinitionNode>()
  const pending = [...namesUsed(selectionSet, Kind.FRAGMENT_SPREAD)]
  while (pending.length) {
    const fragment = fragments.get(pending.pop()!)
    if (!fragment || kept.has(fragment.name.value)) continue
    kept.set(fragment.name.value, fragment)
    pending.push(...namesUsed(fragment.selectionSet, Kind.FRAGMENT_SPREAD))
  }
  const variables = new Set([selectionSet, ...kept.values()].flatMap((node) => [...namesUsed(node, Kind.VARIABLE)]))
  const query: OperationDefinitionNode = {
    ...create.operation,
    operation: OperationTypeNode.QUERY,
    variableDefinitions: create.operation.variableDefinitions?.filter((definition) => variables.has(definition.variable.name.value)),
    selectionSet,
  }
  return { kind: Kind.DOCUMENT, definitions: [query, ...kept.values()] }
}

export function honourGraphqlIdempotencyKeys(handler: GraphqlHandler): GraphqlHandler {
  return async (request) => {
    const key = request.headers.get(IDEMPOTENCY_HEADER)
    if (key === null) return handler(request)
    const problem = keyProblem(key)
    if (problem) return graphqlAnswers.refuse(400, problem)
    const text = await request.clone().text()
    let body: GraphqlBody | null
    let document: DocumentNode
    try {
      body = JSON.parse(text) as GraphqlBody | null
      if (typeof body?.query !== 'string') return handler(request)
      document = parse(body.query, { noLocation: true })
    } catch {
      // Not JSON, or not GraphQL: the guard and GraphQL itself say what is wrong.
      return handler(request)
    }
    const create = keyedCreate(document, body.operationName, createMutations(await getPayloadClient()))
    if (create === null) return handler(request)
    if (typeof create === 'string') return graphqlAnswers.refuse(400, create)
    const pending: PendingKey = { key, collection: create.collection, requestHash: requestDigest(new URL(request.url).pathname, text) }
    const readBack = { draft: draftAsked(create.field, body.variables), depth: 0 }
    return runKeyedCreate(pending, graphqlAnswers, readBack, () => handler(request), async (doc) => {
      const headers = new Headers(request.headers)
      headers.delete('content-length')
      const query = print(readBackDocument(document, create, String(doc.id)))
      const replayed = await handler(new Request(request.url, { method: 'POST', headers, body: JSON.stringify({ query, variables: body.variables, operationName: create.operation.name?.value }) }))
      const answerHeaders = new Headers(replayed.headers)
      answerHeaders.set('Idempotent-Replayed', 'true')
      return new Response(replayed.body, { status: replayed.status, headers: answerHeaders })
    })
  }
}
