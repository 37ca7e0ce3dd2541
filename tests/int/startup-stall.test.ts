import { describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import net from 'node:net'

import { projectRoot } from '@/lib/server/paths'

import { scriptCommand } from '../helpers/run-script'

/** A "database" that accepts connections and never answers: start-up can only stall. */
async function silentServer(): Promise<{ port: number; connections: () => number; close: () => Promise<void> }> {
  const sockets = new Set<net.Socket>()
  let connections = 0
  const server = net.createServer((socket) => {
    connections++
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  return {
    port,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}

describe('start-up deadline', () => {
  it('names the stuck step, starts the command once more, and then fails with the reason instead of hanging', async () => {
    const database = await silentServer()
    try {
      const started = Date.now()
      const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
        const child = spawn(process.execPath, scriptCommand('migrate'), {
          cwd: projectRoot,
          env: {
            ...process.env,
            DATABASE_URL: `postgres://postgres@127.0.0.1:${database.port}/nothing`,
            PAYLOAD_SECRET: 'stall-test',
            MIGRATION_DEADLINE_MS: '8000',
            BTHEMETHOD_STARTUP_RETRY: '',
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        })
        let output = ''
        child.stdout.on('data', (chunk) => (output += chunk))
        child.stderr.on('data', (chunk) => (output += chunk))
        child.on('close', (exitCode) => resolve({ code: exitCode, output }))
      })
      expect(code).not.toBe(0)
      expect(output).toMatch(/Start-up did not finish within 8 s \(stuck while connecting to the database\); starting once more\./)
      expect(output).toMatch(/Start-up did not finish within 8 s \(stuck while [a-z ]+\): check that the database at DATABASE_URL answers/)
      // Two attempts, each giving up at its deadline: never a hang.
      expect(database.connections()).toBeGreaterThanOrEqual(1)
      expect(Date.now() - started).toBeLessThan(40_000)
    } finally {
      await database.close()
    }
  }, 120_000)
})
