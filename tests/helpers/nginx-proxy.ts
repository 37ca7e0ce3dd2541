import http from 'node:http'
import type net from 'node:net'

import { findFreePort } from '../../lib/server/embedded-postgres'
import { findNginx, startNginxProxy } from '../../scripts/nginx-proxy.mjs'

export { findNginx }

export const NGINX_INSTALL_HINT = 'No nginx found for the caching-proxy test. Install it (Debian/Ubuntu: `apt-get install nginx`) or point NGINX_BIN at an nginx binary.'

export type CachingProxy = Awaited<ReturnType<typeof startNginxProxy>>

/** deploy/nginx/proxy.conf.template on this machine's nginx, on a free port, in front of `upstream` (host:port). */
export async function startCachingProxy(upstream: string): Promise<CachingProxy> {
  return startNginxProxy({ upstream, port: await findFreePort() })
}

/**
 * An HTTP hop between the proxy and the app that counts the requests reaching the app, per
 * path, can answer a path with an error of its own (as a page failing while the database is
 * away), and can be shut (connections refused, as when every app instance is down).
 */
export type UpstreamGate = {
  hostPort: string
  requests: (path: string) => number
  /** From now on, requests for `path` get this status and a body with a stack trace (null: reach the app again). */
  fail: (path: string, status: number | null) => void
  shut: () => Promise<void>
}

export const GATE_ERROR_BODY = 'Error: connect ECONNREFUSED 127.0.0.1:5432\n    at render (/app/.next/server/app/page.js:1:1)'

export async function startUpstreamGate(target: URL): Promise<UpstreamGate> {
  const counts = new Map<string, number>()
  const failing = new Map<string, number>()
  const sockets = new Set<net.Socket>()
  const agent = new http.Agent({ keepAlive: true })
  const server = http.createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0]
    counts.set(path, (counts.get(path) ?? 0) + 1)
    const failure = failing.get(path)
    if (failure) {
      response.writeHead(failure, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'private, no-store' })
      response.end(GATE_ERROR_BODY)
      return
    }
    const forward = http.request(
      { host: target.hostname, port: target.port, method: request.method, path: request.url, headers: request.headers, agent },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.rawHeaders)
        answer.pipe(response)
      },
    )
    forward.on('error', () => response.destroy())
    request.pipe(forward)
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)))
  return {
    hostPort: `127.0.0.1:${port}`,
    requests: (path) => counts.get(path) ?? 0,
    fail: (path, status) => (status === null ? failing.delete(path) : failing.set(path, status)),
    shut: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        agent.destroy()
        server.close(() => resolve())
      }),
  }
}

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: Buffer }

/** A request with exactly these headers and the body as it came over the wire (fetch would decompress it). */
export function rawRequest(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers, agent: false }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }))
      response.on('error', reject)
    })
    request.on('error', reject)
    request.end()
  })
}
