import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

import type { AfterErrorHook, CollectionBeforeOperationHook, IncomingAuthType } from 'payload'

/**
 * Signing in, hardened: a lockout after repeated failures, and one answer for every
 * failure, so a guesser cannot tell an unknown e-mail from a wrong password or from an
 * account that is locked (not by the status, the message, the GraphQL error name, nor
 * by how long the answer takes).
 */

export const MAX_LOGIN_ATTEMPTS = 5
export const LOCK_MINUTES = 10

/**
 * Payload says "The email or password provided is incorrect." for an unknown e-mail or a
 * wrong password, and "This user is locked …" for a locked account, which tells a guesser
 * the account exists. payload.config.ts gives both this one text; a member of staff who
 * locked themselves out still learns what happened and how long to wait.
 */
export const LOGIN_FAILED_MESSAGE =
  `That e-mail and password do not match an account that can sign in now. ` +
  `After ${MAX_LOGIN_ATTEMPTS} failed attempts an account is locked for ${LOCK_MINUTES} minutes.`

const production = process.env.NODE_ENV === 'production'

/** Users' `auth`: the lockout, and the login cookie (always HttpOnly in Payload) SameSite=Lax, Secure in production. */
export const usersAuth: IncomingAuthType = {
  maxLoginAttempts: MAX_LOGIN_ATTEMPTS,
  lockTime: LOCK_MINUTES * 60 * 1000,
  cookies: { sameSite: 'Lax', secure: production },
}

const pbkdf2Async = promisify(pbkdf2)
/** Payload's current password hash (`pbkdf2-sha256-v1`): 600,000 rounds of SHA-256, 32 bytes. */
const HASH_ROUNDS = 600_000
const HASH_BYTES = 32

/**
 * Payload answers an unknown e-mail, or a locked account, before it checks any password:
 * in a few milliseconds instead of the half second a real check takes. Spending the same
 * work here makes the three failures take the same time.
 */
export const sameTimeForEveryFailure: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const { email, password } = (args as { data?: { email?: unknown; password?: unknown } }).data ?? {}
  if (typeof email !== 'string' || typeof password !== 'string') return args
  const user = (await req.payload.db.findOne({
    collection: 'users',
    req,
    where: { email: { equals: email.toLowerCase().trim() } },
  })) as { lockUntil?: string | null } | null
  const locked = Boolean(user?.lockUntil && new Date(user.lockUntil).getTime() > Date.now())
  if (!user || locked) await pbkdf2Async(password, randomBytes(32).toString('hex'), HASH_ROUNDS, HASH_BYTES, 'sha256')
  return args
}

/**
 * GraphQL names the error class in `extensions.name`, so a lockout (LockedAuth) read
 * differently from a wrong password (AuthenticationError). The production build minifies
 * class names ("w" against "y", measured 2026-12-07), so the class cannot be told by name:
 * every 401 reads as a failed login.
 */
export const lockoutLooksLikeFailedLogin: AfterErrorHook = ({ error, graphqlResult }) => {
  const original = ((error as { originalError?: Error }).originalError ?? error) as Error & { status?: number }
  if (!graphqlResult || original.status !== 401) return
  return { graphqlResult: { ...graphqlResult, extensions: { ...graphqlResult.extensions, name: 'AuthenticationError' } } }
}
