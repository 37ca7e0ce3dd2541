import type { AfterErrorHook } from 'payload'

type Refusal = { name?: string; message?: string; status?: number; data?: Record<string, unknown> }

/**
 * A refusal keeps its field and reason in production. Payload's REST error formatter
 * recognises its errors with `instanceof`, and the production build holds two copies of
 * Payload's error classes: a ValidationError thrown by our hooks (collections/hooks/inputGuard.ts)
 * reached the client as "The following field is invalid: limit" and no reason (measured on
 * a production build, 2026-12-07). This gives every 4xx that carries details the shape
 * Payload gives its own (`errors[].data.errors`); server errors stay hidden as Payload hides
 * them. Error names are minified in the build ("a"): a refusal that lists fields is called
 * what it is, over REST and GraphQL.
 */
export const keepRefusalDetails: AfterErrorHook = ({ error, graphqlResult, result }) => {
  // GraphQL hands the hook its own error, with ours inside.
  const { name, message, status = 500, data } = ((error as { originalError?: unknown }).originalError ?? error) as Refusal
  if (!data || status >= 500) return
  const shownName = Array.isArray(data.errors) ? 'ValidationError' : name
  if (graphqlResult) return { graphqlResult: { ...graphqlResult, extensions: { ...graphqlResult.extensions, name: shownName } } }
  if (!result) return
  return { response: { ...result, errors: [{ name: shownName, data, message }] } }
}
