import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { MissingSecretError, resolvePayloadSecret } from '@/lib/server/secret'

describe('resolvePayloadSecret', () => {
  let dataDir: string
  const saved = process.env.PAYLOAD_SECRET

  beforeEach(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'secret-'))
    delete process.env.PAYLOAD_SECRET
  })
  afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true })
    if (saved === undefined) delete process.env.PAYLOAD_SECRET
    else process.env.PAYLOAD_SECRET = saved
  })

  it('refuses production without PAYLOAD_SECRET, with a message that says what to do', () => {
    expect(() => resolvePayloadSecret({ production: true, dataDir })).toThrow(MissingSecretError)
    expect(() => resolvePayloadSecret({ production: true, dataDir })).toThrow(/set PAYLOAD_SECRET/)
  })

  it('uses PAYLOAD_SECRET when it is given', () => {
    process.env.PAYLOAD_SECRET = 'from-the-environment'
    expect(resolvePayloadSecret({ production: true, dataDir })).toBe('from-the-environment')
  })

  it('generates a development secret once and keeps it under the data folder', () => {
    const first = resolvePayloadSecret({ production: false, dataDir })
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(readFileSync(path.join(dataDir, 'payload-secret'), 'utf8').trim()).toBe(first)
    expect(resolvePayloadSecret({ production: false, dataDir })).toBe(first)
  })
})
