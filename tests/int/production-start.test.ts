import { describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'

import { projectRoot } from '@/lib/server/paths'

describe('npm start', () => {
  it('refuses to start without PAYLOAD_SECRET and says how to fix it', async () => {
    const env = { ...process.env }
    delete env.PAYLOAD_SECRET
    const result = await new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { cwd: projectRoot, env })
      let output = ''
      child.stdout.on('data', (chunk) => (output += chunk))
      child.stderr.on('data', (chunk) => (output += chunk))
      child.on('exit', (code) => resolve({ code, output }))
    })
    expect(result.code).toBe(1)
    expect(result.output).toMatch(/PAYLOAD_SECRET is not set/)
  }, 30_000)
})
