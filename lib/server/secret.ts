import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export class MissingSecretError extends Error {
  constructor() {
    super(
      'PAYLOAD_SECRET is not set. Production needs a long random secret to sign logins: ' +
        'set PAYLOAD_SECRET (for example `openssl rand -hex 32`) and start again.',
    )
    this.name = 'MissingSecretError'
  }
}

/**
 * The secret Payload signs sessions with. Production must be given one; development
 * generates one on first start and keeps it beside the embedded database, so logins
 * survive restarts without anyone having to configure anything.
 */
export function resolvePayloadSecret(options: { production: boolean; dataDir: string }): string {
  const fromEnv = process.env.PAYLOAD_SECRET?.trim()
  if (fromEnv) return fromEnv
  if (options.production) throw new MissingSecretError()

  const file = path.join(options.dataDir, 'payload-secret')
  if (existsSync(file)) {
    const stored = readFileSync(file, 'utf8').trim()
    if (stored) return stored
  }
  mkdirSync(options.dataDir, { recursive: true })
  const secret = randomBytes(32).toString('hex')
  writeFileSync(file, secret + '\n', { mode: 0o600 })
  return secret
}
