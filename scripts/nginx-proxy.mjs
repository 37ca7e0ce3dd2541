/**
 * The caching proxy (deploy/nginx/proxy.conf.template) on this machine's nginx, for the
 * e2e test and benchmarks: renders the template as the official nginx image would
 * (envsubst), puts it beside deploy/nginx/nginx.conf in a fresh prefix folder and runs
 * `nginx -p <prefix> -c <prefix>/nginx.conf` in the foreground until stopped.
 */
import { spawn, spawnSync } from 'node:child_process'
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const PROXY_TEMPLATE = path.join(root, 'deploy', 'nginx', 'proxy.conf.template')
export const PROXY_MAIN_CONFIG = path.join(root, 'deploy', 'nginx', 'nginx.conf')

/**
 * envsubst as the official image runs it: `${NAME}` is replaced by the value given for it.
 * Every upper-case `${NAME}` in the template must be given one, so a renamed variable
 * fails here instead of as an nginx syntax error.
 * @param {string} template
 * @param {Record<string, string>} values
 */
export function renderTemplate(template, values) {
  const missing = new Set()
  const rendered = template.replace(/\$\{([A-Z][A-Z0-9_]*)\}/g, (whole, name) => {
    if (values[name] === undefined) missing.add(name)
    return values[name] ?? whole
  })
  if (missing.size) throw new Error(`No value for ${[...missing].join(', ')} in ${path.relative(root, PROXY_TEMPLATE)}`)
  return rendered
}

/** nginx on PATH (or NGINX_BIN), or null. */
export function findNginx() {
  const candidate = process.env.NGINX_BIN || 'nginx'
  return spawnSync(candidate, ['-v'], { stdio: 'ignore' }).status === 0 ? candidate : null
}

/**
 * @param {{ upstream: string, port: number, host?: string, nginx?: string }} options
 *   upstream: the app's host:port; port: where the proxy listens (on 127.0.0.1 by default).
 * @returns {Promise<{ url: string, port: number, prefix: string, errorLog: () => string, stop: () => Promise<void> }>}
 */
export async function startNginxProxy({ upstream, port, host = '127.0.0.1', nginx = findNginx() ?? 'nginx' }) {
  const prefix = mkdtempSync(path.join(os.tmpdir(), 'bthemethod-proxy-'))
  // Started as root, nginx's workers run as an unprivileged user: they must reach the prefix.
  chmodSync(prefix, 0o755)
  mkdirSync(path.join(prefix, 'conf.d'))
  mkdirSync(path.join(prefix, 'temp'))
  copyFileSync(PROXY_MAIN_CONFIG, path.join(prefix, 'nginx.conf'))
  const config = renderTemplate(readFileSync(PROXY_TEMPLATE, 'utf8'), {
    APP_UPSTREAM: upstream,
    NGINX_PORT: `${host}:${port}`,
    NGINX_CACHE_DIR: path.join(prefix, 'cache'),
  })
  writeFileSync(path.join(prefix, 'conf.d', 'proxy.conf'), config)

  const args = ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-g', 'daemon off;']
  const check = spawnSync(nginx, [...args, '-t'], { encoding: 'utf8' })
  if (check.status !== 0) {
    rmSync(prefix, { recursive: true, force: true })
    throw new Error(`nginx -t refused the rendered proxy config:\n${check.stderr}`)
  }
  const child = spawn(nginx, args, { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const exited = new Promise((resolve) => child.once('exit', resolve))
  // A script or test that ends without stopping it must not leave nginx running.
  const killOnExit = () => child.kill('SIGKILL')
  process.once('exit', killOnExit)
  const errorLog = () => {
    try {
      return stderr + readFileSync(path.join(prefix, 'error.log'), 'utf8')
    } catch {
      return stderr
    }
  }
  const stop = async () => {
    process.off('exit', killOnExit)
    if (child.exitCode === null && child.signalCode === null) {
      // SIGQUIT: workers finish their requests, then the master exits.
      child.kill('SIGQUIT')
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
      await exited
      clearTimeout(timer)
    }
    rmSync(prefix, { recursive: true, force: true })
  }

  const url = `http://${host}:${port}`
  const deadline = Date.now() + 10_000
  for (;;) {
    try {
      if ((await fetch(`${url}/nginx-health`)).ok) break
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      const log = errorLog()
      await stop()
      throw new Error(`nginx did not start on ${url}:\n${log}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return { url, port, prefix, errorLog, stop }
}
