import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, openSync } from 'node:fs'
import path from 'node:path'

import { findFreePort } from '../../lib/server/embedded-postgres'
import { projectRoot } from '../../lib/server/paths'
import { APP_SERVER_ARGS } from '../../lib/server/runtime'


export type AppInstance = {
  url: string
  child: ChildProcess
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  stop: () => Promise<void>
}

/**
 * One more app server (scripts/serve.ts, as `npm start` runs it) of the e2e build (.next-e2e) on a port of its own, with the e2e
 * environment plus `env` (another database address, REDIS_URL, ...): a second instance of
 * the same deployment. Its log goes to test-results/<name>.log.
 */
export async function startAppInstance(name: string, env: Record<string, string>): Promise<AppInstance> {
  const port = await findFreePort()
  mkdirSync(path.join(projectRoot, 'test-results'), { recursive: true })
  const log = openSync(path.join(projectRoot, 'test-results', `${name}.log`), 'w')
  const child = spawn(process.execPath, APP_SERVER_ARGS, {
    cwd: projectRoot,
    env: { ...process.env, NODE_ENV: 'production' as const, NEXT_DIST_DIR: '.next-e2e', NEXT_TELEMETRY_DISABLED: '1', JOBS_RUNNER: 'off', PORT: String(port), INTERNAL_URL: `http://127.0.0.1:${port}`, ...env },
    stdio: ['ignore', log, log],
  })
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 60_000
  for (;;) {
    const live = await fetch(`${url}/api/health/live`).then((response) => response.ok, () => false)
    if (live) break
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`${name} did not start (see test-results/${name}.log)`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return {
    url,
    child,
    exited,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGKILL')
      await exited
    },
  }
}
