import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { projectRoot } from '@/lib/server/paths'

import { startAppInstance, type AppInstance } from '../helpers/app-instance'
import { e2eSkipReason } from '../helpers/browser'
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy'

const describeOverHttp = e2eSkipReason() ? describe.skip : describe

/** The e2e database, reached through `proxy` instead of directly. */
function throughProxy(proxy: TcpProxy): string {
  const url = new URL(process.env.DATABASE_URL!)
  url.host = `127.0.0.1:${proxy.port}`
  return url.toString()
}

async function readiness(instance: AppInstance): Promise<number> {
  return fetch(`${instance.url}/api/health/ready`).then((response) => response.status, () => 0)
}

async function waitFor(condition: () => Promise<boolean>, deadlineMs: number): Promise<number> {
  const started = Date.now()
  while (!(await condition())) {
    if (Date.now() - started > deadlineMs) throw new Error(`not within ${deadlineMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return Date.now() - started
}

describeOverHttp('an instance whose database goes away, and one that is told to stop', () => {
  let proxy: TcpProxy
  let instance: AppInstance

  beforeAll(async () => {
    const database = new URL(process.env.DATABASE_URL!)
    proxy = await startTcpProxy({ host: database.hostname, port: Number(database.port || 5432) })
    instance = await startAppInstance('instance-shutdown', { DATABASE_URL: throughProxy(proxy) })
  }, 90_000)

  afterAll(async () => {
    await instance?.stop()
    await proxy?.close()
  })

  it('is not ready while the database is unreachable, and ready again once it is back, without a restart', async () => {
    expect(await readiness(instance)).toBe(200)
    await proxy.cut()
    expect(await waitFor(async () => (await readiness(instance)) === 503, 4000)).toBeLessThan(4000)
    // Alive all the same: a load balancer takes it out of rotation, nothing restarts it.
    expect((await fetch(`${instance.url}/api/health/live`)).status).toBe(200)
    await proxy.restore()
    expect(await waitFor(async () => (await readiness(instance)) === 200, 5000)).toBeLessThan(5000)
  })

  it('on SIGTERM finishes the request in flight, takes no new ones, and exits within 10 s', async () => {
    expect((await fetch(`${instance.url}/search?q=hip`)).status).toBe(200)
    // Hold the database so that the next uncached page is in flight when the signal comes.
    proxy.hold()
    const inFlight = fetch(`${instance.url}/search?q=breath&shutdown=${Date.now()}`).then(async (response) => ({ status: response.status, html: await response.text() }))
    await new Promise((resolve) => setTimeout(resolve, 500))
    const signalled = Date.now()
    instance.child.kill('SIGTERM')
    await new Promise((resolve) => setTimeout(resolve, 500))
    // A new connection is refused: the load balancer sends it elsewhere.
    await expect(fetch(`${instance.url}/api/health/live`)).rejects.toThrow()
    proxy.release()
    const finished = await inFlight
    expect(finished.status).toBe(200)
    expect(finished.html).toContain('/blog/')
    const exit = await instance.exited
    expect(Date.now() - signalled).toBeLessThan(11_000)
    expect(exit.signal ?? exit.code).not.toBe('SIGKILL')
    const log = readFileSync(path.join(projectRoot, 'test-results', 'instance-shutdown.log'), 'utf8')
    expect(log).toContain('[shutdown] SIGTERM')
    expect(log).toMatch(/\[shutdown\] stopped in \d+ ms/)
  }, 30_000)
})
