import type { RawAnswer } from './hostile-http'

type FieldError = { path?: string; field?: string; message?: string }
type ErrorBody = { errors?: { message?: string; data?: { errors?: FieldError[] } | FieldError[]; extensions?: { statusCode?: number; data?: { errors?: FieldError[] } } }[] }

/** The fields a refusal names, with their reasons: Payload's `data.errors` (REST) or `extensions.data.errors` (GraphQL). */
export function namedFields(json: unknown): FieldError[] {
  const errors = (json as ErrorBody | null)?.errors ?? []
  return errors.flatMap((error) => {
    const data = error.data ?? error.extensions?.data
    const list = Array.isArray(data) ? data : (data?.errors ?? [])
    return list.filter((entry) => (entry.path ?? entry.field) && (entry.message || Array.isArray(data)))
  })
}

/** A refusal that names what is wrong: a field with its reason, or a message that says it (a 4xx without a body's field, e.g. 403, 404). */
export function refusalExplains(answer: RawAnswer): boolean {
  const errors = (answer.json as ErrorBody | null)?.errors
  if (answer.status === 400) return namedFields(answer.json).length > 0 || Boolean(errors?.some((error) => error.message && error.message.length > 12))
  // Payload's unknown-route 404 says it at the top level: { message: 'Route not found …' }.
  return Boolean(errors?.some((error) => error.message) || (answer.json as { message?: string } | null)?.message)
}

/** GraphQL answers 200 with an error per failed field: a server error there counts as a 5xx. */
export function hasServerError(answer: RawAnswer): boolean {
  if (answer.status >= 500) return true
  const errors = (answer.json as ErrorBody | null)?.errors ?? []
  return errors.some((error) => (error.extensions?.statusCode ?? 0) >= 500)
}
