import { describe, expect, it } from '@jest/globals'
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { findFreePort } from '@/lib/server/embedded-postgres'
import { projectRoot } from '@/lib/server/paths'

const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '')

/** Processes whose command line mentions `needle` (the embedded Postgres names its data folder). */
function processesMentioning(needle: string): string[] {
  try {
    return execFileSync('pgrep', ['-fa', needle], { encoding: 'utf8' }).trim().split('\n').filter(Boolean)
  } catch {
    return [] // pgrep exits 1 when nothing matches
  }
}

describe('Ctrl-C on npm run dev (embedded database, fresh folder)', () => {
  it('stops Next, then the database, in a line or two: no stack trace, no process left', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bthemethod-dev-'))
    const port = await findFreePort()
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), NODE_ENV: 'development', MEDIA_DIR: path.join(dataDir, 'media') }
    delete env.DATABASE_URL
    delete env.PAYLOAD_SECRET
    // Its own process group, like a terminal's foreground job: the signal reaches every process in it.
    const dev = spawn('npm', ['run', 'dev'], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    let output = ''
    dev.stdout.on('data', (chunk) => (output += chunk))
    dev.stderr.on('data', (chunk) => (output += chunk))
    const exited = new Promise<number | null>((resolve) => dev.on('close', (code) => resolve(code)))
    try {
      const deadline = Date.now() + 150_000
      for (;;) {
        const healthy = await fetch(`http://127.0.0.1:${port}/api/health`).then((response) => response.ok, () => false)
        if (healthy) break
        if (Date.now() > deadline || dev.exitCode !== null) throw new Error(`npm run dev did not become healthy:\n${output.slice(-2000)}`)
        await new Promise((resolve) => setTimeout(resolve, 500))
      }
      expect(processesMentioning(dataDir).some((line) => line.includes('postgres'))).toBe(true)
      // Next logs the last health check a moment after answering it: let that line land first.
      await new Promise((resolve) => setTimeout(resolve, 1000))

      const before = output.length
      const signalledAt = Date.now()
      process.kill(-dev.pid!, 'SIGINT')
      await exited
      const stoppedIn = Date.now() - signalledAt
      const said = stripAnsi(output.slice(before)).split('\n').map((line) => line.trim()).filter(Boolean)

      expect(said.join('\n')).not.toMatch(/uncaught|Error|terminating connection|^\s*at /im)
      expect(said.length).toBeLessThanOrEqual(3)
      expect(said).toContain('[bthemethod] stopped')
      expect(stoppedIn).toBeLessThan(15_000)
      expect(processesMentioning(dataDir)).toEqual([])
      expect(await fetch(`http://127.0.0.1:${port}/api/health`).then(() => 'answered', () => 'closed')).toBe('closed')
    } finally {
      try {
        process.kill(-dev.pid!, 'SIGKILL')
      } catch {
        // already gone
      }
      rmSync(dataDir, { recursive: true, force: true })
    }
  }, 200_000)
})
