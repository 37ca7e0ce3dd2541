import { describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { findFreePort } from '@/lib/server/embedded-postgres'
import { projectRoot } from '@/lib/server/paths'

import { e2eSkipReason } from '../helpers/browser'
import { scriptCommand } from '../helpers/run-script'
import { silentServer } from '../helpers/silent-server'
import { createTestDatabase } from '../helpers/test-database'

const describeStart = e2eSkipReason() ? describe.skip : describe

/** Processes (the app server included) whose environment carries `marker`. */
function processesMarked(marker: string): { pid: number; command: string }[] {
  const found: { pid: number; command: string }[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      if (!readFileSync(`/proc/${entry}/environ`, 'latin1').includes(`START_TEST_MARK=${marker}`)) continue
      found.push({ pid: Number(entry), command: readFileSync(`/proc/${entry}/cmdline`, 'latin1').replaceAll('\0', ' ') })
    } catch {
      // ended meanwhile
    }
  }
  return found
}

const isAppServer = (command: string) => /scripts\/run\.mjs serve\b/.test(command)
const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })

type Timeline = { output: { at: number; line: string }[]; appServerSeenAt?: number; listeningAt?: number; code?: number | null }

/** `npm start` of the e2e build, watched every 50 ms: its output, when its app server exists, when the port accepts. */
async function watchStart(databaseUrl: string, until: (timeline: Timeline) => boolean, deadlineMs: number) {
  const port = await findFreePort()
  const marker = randomBytes(6).toString('hex')
  const started = Date.now()
  const timeline: Timeline = { output: [] }
  const child = spawn(process.execPath, scriptCommand('start'), {
    cwd: projectRoot,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_DIST_DIR: '.next-e2e',
      DATABASE_URL: databaseUrl,
      PAYLOAD_SECRET: 'start-test-secret',
      MEDIA_DIR: mkdtempSync(path.join(os.tmpdir(), 'bthemethod-start-media-')),
      PORT: String(port),
      JOBS_RUNNER: 'off',
      BTHEMETHOD_STARTUP_RETRY: '',
      START_TEST_MARK: marker,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  const record = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n').filter(Boolean)) timeline.output.push({ at: Date.now() - started, line })
  }
  child.stdout.on('data', record)
  child.stderr.on('data', record)
  const exited = new Promise<void>((resolve) => child.on('exit', (code) => resolve(void (timeline.code = code))))
  try {
    while (!until(timeline) && Date.now() - started < deadlineMs) {
      const at = Date.now() - started
      if (timeline.appServerSeenAt === undefined && processesMarked(marker).some((p) => isAppServer(p.command))) timeline.appServerSeenAt = at
      if (timeline.listeningAt === undefined && (await accepts(port))) timeline.listeningAt = at
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    return { timeline, port, marker, exited }
  } catch (error) {
    process.kill(-child.pid!, 'SIGKILL')
    throw error
  }
}

describeStart('npm start', () => {
  it('loads the app server while it migrates, and serves only once the migrations are in', async () => {
    const database = await createTestDatabase('bthemethod_start')
    const { timeline, port, marker, exited } = await watchStart(database.url, (t) => t.listeningAt !== undefined, 120_000)
    try {
      const migrated = timeline.output.filter((entry) => /Migrated:/.test(entry.line)).at(-1)
      expect(migrated).toBeDefined()
      expect(timeline.listeningAt).toBeDefined()
      // The overlap: the app server was already running while the migrations ran ...
      expect(timeline.appServerSeenAt!).toBeLessThan(migrated!.at)
      // ... and nobody could reach it before they were done.
      expect(timeline.listeningAt!).toBeGreaterThan(migrated!.at)
      const serving = timeline.output.findIndex((entry) => /serving on/.test(entry.line))
      expect(serving).toBeGreaterThan(timeline.output.indexOf(migrated!))
      expect((await fetch(`http://127.0.0.1:${port}/api/health/ready`)).status).toBe(200)
    } finally {
      for (const { pid } of processesMarked(marker)) process.kill(pid, 'SIGKILL')
      await exited
      await database.dispose()
    }
  }, 150_000)

  it('on a database that is already current: serves the home page as soon as its app server is ready', async () => {
    const serving = (t: Timeline) => t.output.some((entry) => /serving on/.test(entry.line))
    const { timeline, port, marker, exited } = await watchStart(process.env.DATABASE_URL!, (t) => serving(t) || t.code !== undefined, 60_000)
    try {
      expect({ exitCode: timeline.code, serving: serving(timeline) }).toEqual({ exitCode: undefined, serving: true })
      const said = timeline.output.map((entry) => entry.line).join('\n')
      expect(said).toMatch(/migrations are up to date[\s\S]*serving on/)
      const home = await fetch(`http://127.0.0.1:${port}/`)
      expect(home.status).toBe(200)
      expect(await home.text()).toMatch(/B The Method/)
    } finally {
      for (const { pid } of processesMarked(marker)) process.kill(pid, 'SIGKILL')
      await exited
    }
  }, 90_000)

  it('a database that never answers: says so in one line, and leaves no app server behind', async () => {
    // Accepts and never answers: the check takes its 3 s, twice (start-up runs once more).
    const database = await silentServer()
    const { timeline, marker, exited } = await watchStart(`postgres://postgres@127.0.0.1:${database.port}/nothing`, (t) => t.code !== undefined, 60_000)
    await exited
    await database.close()
    expect(timeline.code).toBe(1)
    const said = timeline.output.map((entry) => entry.line).join('\n')
    expect(said).toMatch(/Start-up could not reach the database \(stuck while connecting to the database, no answer within 3 s\): check that the database at DATABASE_URL answers/)
    expect(said).not.toMatch(/^\s+at /m)
    expect(timeline.listeningAt).toBeUndefined()
    // Its app server had started (the gate), and was stopped with it.
    expect(timeline.appServerSeenAt).toBeDefined()
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(processesMarked(marker)).toEqual([])
  }, 90_000)
})
