import { afterAll, beforeAll } from '@jest/globals'
import { getNamedType, isNonNullType, type GraphQLInputObjectType, type GraphQLSchema } from 'graphql'
import type { Payload } from 'payload'

import { describeAccessMatrix, DRAFTS, newDocumentData, ROLES, seedDoc, updateData, type Actor, type Operation } from '../helpers/access-matrix'
import { createUser, prepareFixtures, unique, validData, type ContentSlug } from '../helpers/fixtures'
import { argumentType, payloadSchema, toGraphqlInput } from '../helpers/graphql-schema'
import { closePayload, startPayload } from '../helpers/payload'
import { graphql, rest, type GraphqlAnswer } from '../helpers/routes'

/** Payload's GraphQL names of each collection: `Articles` (list), `Article` (one), `createArticle` ... */
const SINGULAR: Record<ContentSlug, string> = {
  articles: 'Article',
  exercises: 'Exercise',
  routines: 'Routine',
  classes: 'Class',
  offerings: 'Offering',
  topics: 'Topic',
  locations: 'Location',
  instructors: 'Instructor',
}
const plural = (collection: ContentSlug) => (collection === 'classes' ? 'Classes' : `${SINGULAR[collection]}s`)

let payload: Payload
let schema: GraphQLSchema
const tokens: Partial<Record<Actor, string>> = {}

beforeAll(async () => {
  payload = await startPayload()
  await prepareFixtures(payload)
  schema = await payloadSchema()
  for (const role of ROLES) {
    const user = await createUser(payload, role)
    const login = await rest('POST', '/users/login', { body: { email: user.email, password: 'correct horse battery' } })
    tokens[role] = (login.json as { token: string }).token
  }
})
afterAll(async () => {
  await closePayload(payload)
})

/** Allowed: the answer has the document. Denied: Payload's 403 (or 404 for what the actor may not see). Anything else is a broken test. */
function allowed(answer: GraphqlAnswer, field: string): boolean {
  const error = answer.json.errors?.[0]
  if (!error) return Boolean(answer.json.data?.[field])
  const status = error.extensions?.statusCode
  if (status === 403 || status === 404) return false
  throw new Error(`GraphQL ${field}: ${answer.status} ${JSON.stringify(answer.json.errors)}`)
}

/** Runs one operation as the actor over the GraphQL route; true when it was allowed. */
async function attempt(collection: ContentSlug, actor: Actor, operation: Operation): Promise<boolean> {
  const token = actor === 'anonymous' ? undefined : tokens[actor]
  const one = SINGULAR[collection]
  const draft = DRAFTS.includes(collection)
  const write = async (mutation: string, data: Record<string, unknown>, id?: number) => {
    const type = argumentType(schema, mutation, 'data')
    const idArg = id === undefined ? '' : `id: ${id}, `
    const draftArg = draft ? ', draft: true' : ''
    const query = `mutation ($data: ${String(type)}) { ${mutation}(${idArg}data: $data${draftArg}) { id } }`
    return allowed(await graphql(query, { token, variables: { data: toGraphqlInput(data, type) } }), mutation)
  }
  switch (operation) {
    case 'create': {
      // The Local API and the admin fill the slug in; a GraphQL client sends its own.
      const hasSlug = 'slug' in (getNamedType(argumentType(schema, `create${one}`, 'data')) as GraphQLInputObjectType).getFields()
      return write(`create${one}`, { ...(hasSlug ? { slug: `graphql-${unique()}` } : {}), ...newDocumentData(collection) })
    }
    case 'readPublished':
    case 'readDraft': {
      const wantDraft = operation === 'readDraft'
      const doc = await seedDoc(payload, collection, wantDraft ? 'draft' : 'published')
      const list = await graphql(`{ ${plural(collection)}(where: { id: { equals: ${doc.id} } }, draft: ${wantDraft}) { docs { id } } }`, { token })
      // Also by id: a hidden draft must not leak through the single-document query either.
      const byId = await graphql(`{ ${one}(id: ${doc.id}, draft: ${wantDraft}) { id } }`, { token })
      const listed = allowed(list, plural(collection)) && (list.json.data?.[plural(collection)] as { docs: unknown[] }).docs.length === 1
      return listed && allowed(byId, one)
    }
    case 'update': {
      const doc = await seedDoc(payload, collection, 'published')
      // Payload's GraphQL update input still requires required groups (a location's address): send them again.
      const type = getNamedType(argumentType(schema, `update${one}`, 'data')) as GraphQLInputObjectType
      const valid = validData[collection]() as Record<string, unknown>
      const required = Object.values(type.getFields()).filter((field) => isNonNullType(field.type) && field.name in valid)
      const data = { ...Object.fromEntries(required.map((field) => [field.name, valid[field.name]])), ...updateData(collection) }
      return write(`update${one}`, data, doc.id)
    }
    case 'delete': {
      const doc = await seedDoc(payload, collection, 'published')
      return allowed(await graphql(`mutation { delete${one}(id: ${doc.id}) { id } }`, { token }), `delete${one}`)
    }
  }
}

describeAccessMatrix('access matrix over GraphQL', attempt)
