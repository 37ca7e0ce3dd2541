import config from '@payload-config'
import { configToSchema } from '@payloadcms/graphql'
import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql'

/** Payload's GraphQL schema for this config, the one the /api/graphql route serves. */
export async function payloadSchema(): Promise<GraphQLSchema> {
  return configToSchema(await config).schema
}

/**
 * A document as GraphQL variables: select values ('small-ball') become the enum names
 * Payload gave them (small_ball); everything else passes as it is.
 */
export function toGraphqlInput(value: unknown, type: GraphQLInputType): unknown {
  if (value === null || value === undefined) return value
  if (type instanceof GraphQLNonNull) return toGraphqlInput(value, type.ofType)
  if (type instanceof GraphQLList) return (Array.isArray(value) ? value : [value]).map((item) => toGraphqlInput(item, type.ofType))
  if (type instanceof GraphQLEnumType) return type.serialize(value)
  if (type instanceof GraphQLInputObjectType) {
    const fields = type.getFields()
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, item]) => {
        if (!fields[key]) throw new Error(`${type.name} has no field "${key}"`)
        return [key, toGraphqlInput(item, fields[key].type)]
      }),
    )
  }
  return value
}

/** The type of a mutation's argument, as written in a query ("mutationArticleInput!"). */
export function argumentType(schema: GraphQLSchema, mutation: string, argument: string): GraphQLInputType {
  const field = schema.getMutationType()?.getFields()[mutation]
  const arg = field?.args.find((candidate) => candidate.name === argument)
  if (!arg) throw new Error(`The GraphQL schema has no mutation ${mutation}(${argument}: …)`)
  return arg.type
}
