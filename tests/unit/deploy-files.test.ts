/**
 * docker-compose.yml and the Dockerfile, read the way Docker reads them (there is no engine on
 * this machine): every service, image, health check, volume, dependency and setting they name
 * must exist, and what they run must be the npm scripts the rest of the suite tests.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'

import { readServerEnv, SERVER_ENV_NAMES } from '@/lib/server/env'
import { projectRoot } from '@/lib/server/paths'
import { UNAVAILABLE_PAGE_HTML, UNAVAILABLE_RETRY_AFTER_SECONDS } from '@/lib/server/unavailable-page'

type Healthcheck = { test: string[] | string; interval?: string; timeout?: string; retries?: number; start_period?: string }
type Service = {
  image?: string
  build?: string
  command?: string[]
  entrypoint?: string[]
  profiles?: string[]
  environment?: Record<string, string>
  ports?: string[]
  expose?: string[]
  volumes?: string[]
  healthcheck?: Healthcheck
  depends_on?: Record<string, { condition: string; required?: boolean }>
  stop_grace_period?: string
  init?: boolean
}
type Compose = { services: Record<string, Service>; volumes: Record<string, unknown> }

const read = (file: string) => readFileSync(path.join(projectRoot, file), 'utf8')
const compose = parse(read('docker-compose.yml')) as Compose
const packageScripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts
const { services } = compose

/** Compose's own interpolation: `${NAME}`, `${NAME:-default}`, `${NAME:?error}`, and `$$` for a literal `$`. */
function interpolate(value: string, shell: Record<string, string | undefined>): string {
  return value.replace(/\$\$|\$\{([A-Z0-9_]+)(?::([-?])([^}]*))?\}/g, (whole, name: string | undefined, kind: string | undefined, rest: string | undefined) => {
    if (whole === '$$') return '$'
    const given = shell[name!]
    if (given) return given
    if (kind === '?') throw new Error(`compose refuses to start without ${name}: ${rest}`)
    return kind === '-' ? (rest ?? '') : ''
  })
}

/** The app container's environment for a shell that sets `shell` (as `.env` would). */
function appEnvironment(shell: Record<string, string>): Record<string, string> {
  const Dockerfile = read('Dockerfile')
  const imageEnv = Object.fromEntries([...Dockerfile.matchAll(/(\w+)=(\S+)/g)].filter(([, name]) => /^[A-Z_]+$/.test(name)).map(([, name, value]) => [name, value]))
  const fromCompose = Object.fromEntries(Object.entries(services.app.environment ?? {}).map(([name, value]) => [name, interpolate(String(value), shell)]))
  return { ...imageEnv, ...fromCompose }
}

const healthcheckCommand = (service: Service) => {
  const test = service.healthcheck?.test
  return Array.isArray(test) ? test.join(' ') : (test ?? '')
}

describe('docker-compose.yml', () => {
  it('runs the database, the shared cache, the app, the caching proxy, and S3 in a profile', () => {
    expect(Object.keys(services).sort()).toEqual(['app', 'postgres', 'proxy', 'redis', 's3', 's3-bucket'])
    expect(services.s3.profiles).toEqual(['s3'])
    expect(services['s3-bucket'].profiles).toEqual(['s3'])
    for (const name of ['app', 'postgres', 'proxy', 'redis']) expect(services[name].profiles).toBeUndefined()
  })

  it('pins every image to a version (official images), and builds the app from this repository', () => {
    expect(services.postgres.image).toMatch(/^postgres:15[-.]/)
    expect(services.redis.image).toMatch(/^redis:7[-.]/)
    // Every address asked for is cached (404s too): the cache must be bounded and evict.
    expect(services.redis.command).toEqual(expect.arrayContaining(['--maxmemory', '${REDIS_MAXMEMORY:-512mb}', '--maxmemory-policy', 'allkeys-lru']))
    expect(services.proxy.image).toMatch(/^nginx:1\.\d+/)
    expect(services.s3.image).toMatch(/^quay\.io\/minio\/minio:RELEASE\./)
    expect(services['s3-bucket'].image).toMatch(/^quay\.io\/minio\/mc:RELEASE\./)
    for (const service of Object.values(services)) if (service.image) expect(service.image).not.toMatch(/:latest$|^[^:]+$/)
    expect(services.app.build).toBe('.')
    expect(services.app.image).toBeUndefined()
  })

  it("runs the app as `npm start`, the tested script that checks the environment and migrates once", () => {
    expect(services.app.command).toEqual(['npm', 'start'])
    expect(packageScripts.start).toMatch(/scripts\/run\.mjs start$/)
    expect(existsSync(path.join(projectRoot, 'scripts/start.ts'))).toBe(true)
    // Long enough for lib/server/shutdown.ts to finish the requests in flight (10 s), with init passing SIGTERM on.
    expect(services.app.init).toBe(true)
    expect(Number.parseInt(services.app.stop_grace_period ?? '10s', 10)).toBeGreaterThan(10)
  })

  it('checks the health of every long-running service, the app on its readiness route', () => {
    for (const name of ['postgres', 'redis', 'app', 'proxy', 's3']) {
      expect(services[name].healthcheck).toMatchObject({ test: expect.anything(), interval: expect.stringMatching(/^\d+s$/) })
    }
    expect(healthcheckCommand(services.postgres)).toMatch(/pg_isready -U bthemethod -d bthemethod/)
    expect(healthcheckCommand(services.redis)).toMatch(/redis-cli ping/)
    expect(healthcheckCommand(services.app)).toContain('http://127.0.0.1:3000/api/health/ready')
    expect(existsSync(path.join(projectRoot, 'app/(payload)/api/health/ready/route.ts'))).toBe(true)
    // The proxy's own health location is in the config file it mounts.
    expect(healthcheckCommand(services.proxy)).toContain('http://127.0.0.1:8080/nginx-health')
    expect(read('deploy/nginx/proxy.conf.template')).toMatch(/location = \/nginx-health/)
  })

  it('starts each service after what it needs is healthy (S3 only when its profile runs)', () => {
    expect(services.app.depends_on).toEqual({
      postgres: { condition: 'service_healthy' },
      redis: { condition: 'service_healthy' },
      's3-bucket': { condition: 'service_completed_successfully', required: false },
    })
    expect(services.proxy.depends_on).toEqual({ app: { condition: 'service_healthy' } })
    expect(services['s3-bucket'].depends_on).toEqual({ s3: { condition: 'service_healthy' } })
    for (const service of Object.values(services)) for (const needed of Object.keys(service.depends_on ?? {})) expect(services[needed]).toBeDefined()
  })

  it('keeps data in named volumes that it declares, and mounts the proxy config from the repository', () => {
    const named = (service: Service) => (service.volumes ?? []).map((volume) => volume.split(':')[0]).filter((source) => !source.startsWith('.'))
    expect(named(services.postgres)).toEqual(['pgdata'])
    expect(named(services.app)).toEqual(['media', 'backups'])
    expect(services.app.environment?.BACKUP_DIR).toBe('/app/backups')
    expect(named(services.s3)).toEqual(['s3data'])
    for (const service of Object.values(services)) for (const volume of named(service)) expect(Object.keys(compose.volumes)).toContain(volume)
    const [mounted, target] = (services.proxy.volumes ?? []).find((volume) => volume.startsWith('./'))!.split(':')
    expect(existsSync(path.join(projectRoot, mounted))).toBe(true)
    // The official image renders /etc/nginx/templates/*.template into conf.d/.
    expect(target).toBe('/etc/nginx/templates/default.conf.template')
  })

  it('gives the proxy template every variable it uses, and points it at the app', () => {
    const template = read('deploy/nginx/proxy.conf.template').replace(/^\s*#.*$/gm, '')
    const used = new Set([...template.matchAll(/\$\{([A-Z_]+)\}/g)].map(([, name]) => name))
    expect([...used].sort()).toEqual(Object.keys(services.proxy.environment ?? {}).sort())
    expect(services.proxy.environment?.APP_UPSTREAM).toBe('app:3000')
    expect(services.app.expose).toEqual(['3000'])
    expect(services.proxy.ports).toEqual(['${PROXY_PORT:-8080}:' + services.proxy.environment?.NGINX_PORT])
  })

  it('shows the same "Back in a moment" page from the proxy as from the app server', () => {
    const template = read('deploy/nginx/proxy.conf.template')
    const proxyPage = template.match(/location @unavailable \{[\s\S]*?return 503 '(.*?)\\n';/)?.[1]
    expect(proxyPage && `${proxyPage}\n`).toBe(UNAVAILABLE_PAGE_HTML)
    expect(template).toMatch(new RegExp(`location @unavailable \\{[\\s\\S]*?Retry-After ${UNAVAILABLE_RETRY_AFTER_SECONDS} always`))
  })

  it('sets only variables the app reads, and they pass its own start-up check', () => {
    const known = new Set<string>([...SERVER_ENV_NAMES, 'MEDIA_DIR', 'BACKUP_DIR'])
    for (const name of Object.keys(services.app.environment ?? {})) expect(known.has(name) ? name : `${name} (not read by the app)`).toBe(name)
    expect(() => appEnvironment({})).toThrow(/PAYLOAD_SECRET/)
    const plain = readServerEnv(appEnvironment({ PAYLOAD_SECRET: 'a'.repeat(64) }))
    expect(plain).toMatchObject({ production: true, redisUrl: 'redis://redis:6379', jobsRunner: true, s3: null, port: 3000 })
    expect(plain.databaseUrl).toBe('postgres://bthemethod:bthemethod@postgres:5432/bthemethod')
    expect(plain.serverUrl).toBe('http://localhost:8080')
    // The s3 profile as docs/deploy.md sets it up.
    const withS3 = readServerEnv(
      appEnvironment({ PAYLOAD_SECRET: 'a'.repeat(64), S3_BUCKET: 'media', S3_ENDPOINT: 'http://s3:9000', S3_ACCESS_KEY_ID: 'bthemethod', S3_SECRET_ACCESS_KEY: 'bthemethod-media' }),
    )
    expect(withS3.s3).toMatchObject({ bucket: 'media', endpoint: 'http://s3:9000', forcePathStyle: true })
  })

  it('creates the media bucket with versioning, with the password the S3 service was given', () => {
    const script = interpolate((services['s3-bucket'].entrypoint ?? []).join(' '), {})
    expect(script).toContain('mc mb --ignore-existing local/${S3_BUCKET:-media}')
    expect(script).toContain('mc version enable local/${S3_BUCKET:-media}')
    expect(services['s3-bucket'].environment?.MINIO_ROOT_PASSWORD).toBe(services.s3.environment?.MINIO_ROOT_PASSWORD)
  })
})

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile')
  const instructions = dockerfile
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .filter((line) => line.trim() && !line.trim().startsWith('#'))

  it('builds with `npm ci` and `npm run build` on a pinned Node 20 image', () => {
    const bases = instructions.filter((line) => line.startsWith('FROM ')).map((line) => line.split(/\s+/)[1])
    expect(bases.length).toBeGreaterThan(0)
    for (const base of bases) expect(base).toMatch(/^node:20-bookworm-slim$/)
    expect(instructions).toContain('RUN npm ci --no-audit --no-fund')
    expect(instructions).toContain('RUN npm run build')
    expect(packageScripts.build).toBeDefined()
  })

  it('runs `npm start` as a non-root user, with the readiness route as its health check', () => {
    expect(instructions.at(-1)).toBe('CMD ["npm", "start"]')
    expect(instructions).toContain('USER node')
    const healthcheck = instructions.find((line) => line.startsWith('HEALTHCHECK '))
    expect(healthcheck).toContain('http://127.0.0.1:3000/api/health/ready')
    expect(instructions).toContain('EXPOSE 3000')
    expect(dockerfile).toMatch(/NODE_ENV=production/)
    expect(dockerfile).toMatch(/PORT=3000/)
  })

  it("carries pg_dump and pg_restore of the compose database's major version, for the backup scripts", () => {
    const major = /^postgres:(\d+)/.exec(services.postgres.image ?? '')?.[1]
    expect(instructions.find((line) => line.startsWith('RUN apt-get'))).toContain(`postgresql-client-${major}`)
    expect(packageScripts.backup).toMatch(/scripts\/run\.mjs backup$/)
    expect(packageScripts['backup:drill']).toMatch(/scripts\/run\.mjs backup drill$/)
  })

  it('keeps local state out of the build context', () => {
    const ignored = read('.dockerignore').split('\n').map((line) => line.trim())
    for (const entry of ['node_modules', '.next', '.data', '.git']) expect(ignored).toContain(entry)
  })
})
