import { expect } from '@jest/globals'

type FieldError = { path: string; message: string }

/**
 * Asserts that an operation failed validation on `field` with a reason a person can act on
 * (the same `errors` list the admin UI and the REST API show).
 */
export async function expectFieldError(operation: Promise<unknown>, field: string, reason: RegExp): Promise<void> {
  const error = await operation.then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).not.toBeNull()
  const errors = ((error as { data?: { errors?: FieldError[] } }).data?.errors ?? []) as FieldError[]
  const onField = errors.find((entry) => entry.path === field)
  expect(onField).toBeDefined()
  expect(onField!.message).toMatch(reason)
}
