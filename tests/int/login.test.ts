import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { LOCK_MINUTES, LOGIN_FAILED_MESSAGE, MAX_LOGIN_ATTEMPTS } from '@/collections/login-hardening'
import type { User } from '@/payload-types'

import { createUser } from '../helpers/fixtures'
import { closePayload, startPayload } from '../helpers/payload'
import { graphql, rest } from '../helpers/routes'

const PASSWORD = 'correct horse battery'
let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await closePayload(payload)
})

const login = (email: string, password: string) => rest('POST', '/users/login', { body: { email, password } })

async function lockOut(user: User) {
  for (let attempt = 0; attempt < MAX_LOGIN_ATTEMPTS; attempt++) await login(user.email, 'not the password')
}

async function timed<T>(run: () => Promise<T>): Promise<number> {
  const started = performance.now()
  await run()
  return performance.now() - started
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

describe('POST /api/users/login', () => {
  it('sets the login cookie HttpOnly and SameSite=Lax (Secure only in production, checked end to end)', async () => {
    const user = await createUser(payload, 'editor')
    const response = await login(user.email, PASSWORD)
    expect(response.status).toBe(200)
    const cookie = response.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/payload-token=/)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
    expect(cookie).not.toMatch(/Secure/i)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
  })

  it(`locks an account for ${LOCK_MINUTES} minutes after ${MAX_LOGIN_ATTEMPTS} failed attempts, even for the right password, and lets it in after`, async () => {
    const user = await createUser(payload, 'editor')
    await lockOut(user)
    expect((await login(user.email, PASSWORD)).status).toBe(401)

    const stored = await payload.findByID({ collection: 'users', id: user.id, showHiddenFields: true })
    const lockedFor = new Date(stored.lockUntil!).getTime() - Date.now()
    expect(lockedFor).toBeGreaterThan((LOCK_MINUTES - 1) * 60_000)
    expect(lockedFor).toBeLessThanOrEqual(LOCK_MINUTES * 60_000)

    // The lock runs out: move it into the past instead of waiting ten minutes.
    await payload.db.updateOne({ collection: 'users', id: user.id, data: { lockUntil: new Date(Date.now() - 1000).toISOString() } })
    expect((await login(user.email, PASSWORD)).status).toBe(200)
  })

  it('answers an unknown e-mail, a wrong password and a locked account alike: same status, same body', async () => {
    const wrongPassword = await createUser(payload, 'editor')
    const locked = await createUser(payload, 'marketing')
    await lockOut(locked)

    const answers = [
      await login('nobody-at-all@example.test', 'whatever it is'),
      await login(wrongPassword.email, 'not the password'),
      await login(locked.email, PASSWORD),
    ]
    expect(answers.map((answer) => answer.status)).toEqual([401, 401, 401])
    expect(answers[0].json).toEqual({ errors: [{ message: LOGIN_FAILED_MESSAGE }] })
    expect(answers[1].json).toEqual(answers[0].json)
    expect(answers[2].json).toEqual(answers[0].json)
  })

  it('takes about as long for an unknown e-mail or a locked account as for a wrong password', async () => {
    const user = await createUser(payload, 'editor')
    const locked = await createUser(payload, 'editor')
    await lockOut(locked)
    const rounds = { unknown: [] as number[], wrong: [] as number[], locked: [] as number[] }
    for (let round = 0; round < 5; round++) {
      rounds.unknown.push(await timed(() => login(`nobody-${round}@example.test`, 'whatever it is')))
      rounds.wrong.push(await timed(() => login(user.email, `wrong ${round}`)))
      rounds.locked.push(await timed(() => login(locked.email, `wrong ${round}`)))
      // Keep the wrong-password account below the lockout.
      await payload.db.updateOne({ collection: 'users', id: user.id, data: { loginAttempts: 0 } })
    }
    // Without the extra hashing an unknown e-mail answers in a few ms against a wrong password's hundred or more.
    expect(median(rounds.unknown) / median(rounds.wrong)).toBeGreaterThan(0.6)
    expect(median(rounds.locked) / median(rounds.wrong)).toBeGreaterThan(0.6)
  })
})

describe('GraphQL loginUser', () => {
  it('gives a locked account the same error as an unknown e-mail, down to the error name', async () => {
    const locked = await createUser(payload, 'editor')
    await lockOut(locked)
    const mutation = (email: string) => `mutation { loginUser(email: "${email}", password: "${PASSWORD}") { token } }`
    const unknown = await graphql(mutation('nobody-gql@example.test'))
    const lockedAnswer = await graphql(mutation(locked.email))
    const shape = (answer: typeof unknown) => answer.json.errors?.map(({ message, extensions }) => ({ message, extensions }))
    expect(shape(unknown)).toEqual([{ message: LOGIN_FAILED_MESSAGE, extensions: { name: 'AuthenticationError', statusCode: 401 } }])
    expect(shape(lockedAnswer)).toEqual(shape(unknown))
  })
})
