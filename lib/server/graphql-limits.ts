import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit'
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases'
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth'
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives'
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql'

/**
 * How much one GraphQL request may ask of the server. The site reads through the Local
 * API; GraphQL serves outside clients, and these bound what one of them (or an attacker)
 * can make a single request cost. Each refusal names the limit and what was found.
 */
export const GRAPHQL_LIMITS = {
  /** `Articles { docs { heroImage { sizes { card { url } } } } }` is 6 levels; room for a relationship or two more. */
  depth: 10,
  /** Aliases multiply work inside one request (`a1: Articles … a500: Articles`). */
  aliases: 15,
  /** graphql-armor's cost: 2 per object, 1 per scalar, times 1.5 per level of depth. */
  cost: 5000,
  directives: 20,
  /** Tokens of the document, counted while parsing (so a huge document is not parsed in full). */
  tokens: 2000,
} as const

/**
 * Report a refusal as a validation error of the request (a 400) rather than throw it out
 * of validation (a 500), without graphql-armor's misleading "Syntax Error:" prefix.
 */
const asValidationError = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''))),
  ],
}

/** The validation rules for Payload's `graphQL.validationRules` (Payload adds its own complexity rule and, in production, no introspection). */
export function graphqlValidationRules(): ValidationRule[] {
  return [
    maxDepthRule({ n: GRAPHQL_LIMITS.depth, ...asValidationError }),
    maxAliasesRule({ n: GRAPHQL_LIMITS.aliases, ...asValidationError }),
    costLimitRule({ maxCost: GRAPHQL_LIMITS.cost, ...asValidationError }),
    maxDirectivesRule({ n: GRAPHQL_LIMITS.directives, ...asValidationError }),
  ] as ValidationRule[]
}
