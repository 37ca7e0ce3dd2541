import { writeFileSync } from 'node:fs'

import type { Payload } from 'payload'

import type { Actor } from './access-matrix'
import { changedTables, databaseFingerprint, type Fingerprint } from './db-fingerprint'
import { createUser } from './fixtures'
import { sendGraphql, sendRest, type Method, type RawAnswer } from './hostile-http'
import { hasServerError, namedFields, refusalExplains } from './hostile-expect'
import { rest } from './routes'

/**
 * One hostile run: sends generated requests as each actor, checks every answer against
 * the suite's rules and keeps the figures scripts/fuzz.ts prints. The rules:
 * no 5xx; a refusal says what is wrong (a 400 names the field and the reason);
 * a refused write leaves every table as it was; an API answer is JSON, never markup.
 */

export type HostileRequest = {
  actor: Actor
  door: 'rest' | 'graphql'
  method: Method
  /** REST: after /api. GraphQL: unused. */
  path: string
  body?: BodyInit | null
  contentType?: string
  headers?: Record<string, string>
  /** A request that could write: the database is compared after it. */
  writes: boolean
}

export type Figures = {
  suite: string
  seed: number
  runs: number
  requests: number
  statuses: Record<string, number>
  serverErrors: number
  rejected: number
  rejectedWithField: number
  databaseChecks: number
  databaseChangedByRejected: number
  millis: number
}

export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 16)
/** The seeded run inside `npm test`; scripts/fuzz.ts raises it. */
export const fuzzRuns = (seeded: number) => Number(process.env.FUZZ_RUNS ?? seeded)

const PASSWORD = 'correct horse battery'

export class HostileRun {
  readonly figures: Figures
  private tokens: Partial<Record<Actor, string>> = {}
  private last: Fingerprint | null = null
  private started = performance.now()

  constructor(
    private readonly payload: Payload,
    suite: string,
    runs: number,
  ) {
    this.figures = { suite, seed: FUZZ_SEED, runs, requests: 0, statuses: {}, serverErrors: 0, rejected: 0, rejectedWithField: 0, databaseChecks: 0, databaseChangedByRejected: 0, millis: 0 }
  }

  /** Staff accounts for each role, signed in once; then the database state every refusal is held to. */
  async signIn(): Promise<void> {
    for (const role of ['admin', 'editor', 'marketing'] as const) {
      const user = await createUser(this.payload, role)
      const login = await rest('POST', '/users/login', { body: { email: user.email, password: PASSWORD } })
      this.tokens[role] = (login.json as { token: string }).token
    }
    this.last = await databaseFingerprint(this.payload)
  }

  /** Sends one request and throws, with the request in the message, on any broken rule. */
  async send(request: HostileRequest): Promise<RawAnswer> {
    const token = request.actor === 'anonymous' ? undefined : this.tokens[request.actor]
    const answer =
      request.door === 'rest'
        ? await sendRest({ method: request.method, path: request.path, body: request.body, contentType: request.contentType, token, headers: request.headers })
        : await sendGraphql(request.body as BodyInit, { token, contentType: request.contentType, headers: request.headers })
    this.count(answer)
    const where = `${request.actor} ${request.method} ${request.door === 'rest' ? `/api${request.path}` : '/api/graphql'} ${String(request.body ?? '').slice(0, 300)}`
    if (hasServerError(answer)) throw new Error(`server error ${answer.status} for ${where}: ${answer.text.slice(0, 300)}`)
    if (answer.status >= 400 && !refusalExplains(answer)) throw new Error(`refusal ${answer.status} does not say why, for ${where}: ${answer.text.slice(0, 300)}`)
    if (answer.text && !answer.contentType.includes('json')) throw new Error(`answer is ${answer.contentType}, not JSON, for ${where}`)
    if (request.writes) await this.compareDatabase(answer, where)
    return answer
  }

  private count(answer: RawAnswer) {
    const figures = this.figures
    figures.requests++
    figures.statuses[answer.status] = (figures.statuses[answer.status] ?? 0) + 1
    if (hasServerError(answer)) figures.serverErrors++
    const refused = answer.status >= 400 || Boolean((answer.json as { errors?: unknown[] } | null)?.errors?.length)
    if (refused) figures.rejected++
    if (refused && namedFields(answer.json).length) figures.rejectedWithField++
  }

  /** A refused write must leave every table as it was; an accepted one moves the baseline. */
  private async compareDatabase(answer: RawAnswer, where: string) {
    const now = await databaseFingerprint(this.payload)
    const refused = answer.status >= 400 || Boolean((answer.json as { errors?: unknown[] } | null)?.errors?.length)
    this.figures.databaseChecks++
    if (refused) {
      const changed = changedTables(this.last!, now)
      if (changed.length) {
        this.figures.databaseChangedByRejected++
        throw new Error(`refused ${answer.status} but changed ${changed.join(', ')}, for ${where}`)
      }
    }
    this.last = now
  }

  /** The figures, also written to FUZZ_REPORT (a JSON-lines file) for scripts/fuzz.ts. */
  finish(): Figures {
    this.figures.millis = Math.round(performance.now() - this.started)
    if (process.env.FUZZ_REPORT) writeFileSync(process.env.FUZZ_REPORT, `${JSON.stringify(this.figures)}\n`, { flag: 'a' })
    return this.figures
  }
}
