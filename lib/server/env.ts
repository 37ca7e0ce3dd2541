/**
 * The app's configuration: every setting comes from the environment, is read here, and is
 * checked once when a process starts. A bad value stops the start with one line per
 * problem, naming the variable and the reason, instead of failing later on a request.
 * The README's "Environment" table documents each variable.
 */
export type S3Settings = {
  bucket: string
  region: string
  /** An S3-compatible server (MinIO, R2, ...); unset: AWS itself. */
  endpoint?: string
  /** Unset: the SDK's default credential chain (an IAM role, AWS_* variables). */
  credentials?: { accessKeyId: string; secretAccessKey: string }
  forcePathStyle: boolean
}

export type ServerEnv = {
  production: boolean
  /** Unset in development: an embedded PostgreSQL is started (lib/server/embedded-postgres.ts). */
  databaseUrl?: string
  readReplicaUrls: string[]
  payloadSecret?: string
  previewSecret?: string
  shareLinkSecret?: string
  serverUrl?: string
  internalUrl?: string
  s3: S3Settings | null
  redisUrl: string | null
  jobsRunner: boolean
  jobsIntervalSeconds: number
  /** The app server's micro-cache of public pages (lib/server/page-cache.ts); PAGE_CACHE=off serves Next alone. */
  pageCache: boolean
  port: number
}

export class InvalidEnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`The environment is not valid:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`)
    this.name = 'InvalidEnvironmentError'
  }
}

type Source = Record<string, string | undefined>

/** user:password@ out of a URL before it is printed in an error. */
function redacted(value: string): string {
  return value.replace(/\/\/[^/@]*@/, '//***@')
}

function parsedUrl(value: string): URL | null {
  try {
    return new URL(value)
  } catch {
    return null
  }
}

class Reader {
  readonly problems: string[] = []
  constructor(private readonly source: Source) {}

  text(name: string): string | undefined {
    const value = this.source[name]?.trim()
    return value ? value : undefined
  }

  url(name: string, protocols: string[], example: string, value = this.text(name)): string | undefined {
    if (value === undefined) return undefined
    const url = parsedUrl(value)
    if (!url || !protocols.includes(url.protocol)) {
      this.problems.push(`${name} is not a ${example} URL (got "${redacted(value)}")`)
      return undefined
    }
    return value
  }

  origin(name: string): string | undefined {
    const value = this.url(name, ['http:', 'https:'], 'http(s)://')
    if (value === undefined) return undefined
    const url = new URL(value)
    if (url.pathname.replace(/\/+$/, '') !== '' || url.search || url.hash) {
      this.problems.push(`${name} must be an origin without a path, like https://bthemethod.com (got "${value}")`)
      return undefined
    }
    return value.replace(/\/+$/, '')
  }

  flag(name: string, fallback: boolean): boolean {
    const value = this.text(name)?.toLowerCase()
    if (value === undefined) return fallback
    if (['on', 'true', '1', 'yes'].includes(value)) return true
    if (['off', 'false', '0', 'no'].includes(value)) return false
    this.problems.push(`${name} must be on or off (got "${value}")`)
    return fallback
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const value = this.text(name)
    if (value === undefined) return fallback
    const number = Number(value)
    if (!/^\d+$/.test(value) || number < min || number > max) {
      this.problems.push(`${name} must be a whole number from ${min} to ${max} (got "${value}")`)
      return fallback
    }
    return number
  }

  secret(name: string, minLength: number): string | undefined {
    const value = this.text(name)
    if (value !== undefined && value.length < minLength) {
      this.problems.push(`${name} is too short (${value.length} characters; use at least ${minLength}, e.g. \`openssl rand -hex 32\`)`)
    }
    return value
  }
}

const POSTGRES = ['postgres:', 'postgresql:']

function readS3(read: Reader): S3Settings | null {
  const names = ['S3_BUCKET', 'S3_REGION', 'S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE']
  const bucket = read.text('S3_BUCKET')
  if (!bucket) {
    const stray = names.filter((name) => read.text(name) !== undefined)
    if (stray.length) read.problems.push(`S3_BUCKET is not set, but ${stray.join(', ')} ${stray.length === 1 ? 'is' : 'are'}: set the bucket to store media on S3, or unset the rest`)
    return null
  }
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) read.problems.push(`S3_BUCKET is not a valid bucket name (got "${bucket}"): 3-63 lower-case letters, digits, dots and hyphens`)
  const accessKeyId = read.text('S3_ACCESS_KEY_ID')
  const secretAccessKey = read.text('S3_SECRET_ACCESS_KEY')
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    read.problems.push(`${accessKeyId ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID'} is missing: set both S3 keys, or neither to use the instance's role`)
  }
  const endpoint = read.url('S3_ENDPOINT', ['http:', 'https:'], 'http(s)://')
  return {
    bucket,
    region: read.text('S3_REGION') ?? 'us-east-1',
    endpoint,
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    // S3-compatible servers on their own host name usually need path-style addresses.
    forcePathStyle: read.flag('S3_FORCE_PATH_STYLE', Boolean(endpoint)),
  }
}

/** Reads and checks every setting; throws InvalidEnvironmentError listing all problems at once. */
export function readServerEnv(source: Source = process.env): ServerEnv {
  const read = new Reader(source)
  const production = source.NODE_ENV === 'production'
  const databaseUrl = read.url('DATABASE_URL', POSTGRES, 'postgres://')
  const replicaList = read.text('DATABASE_READ_REPLICA_URLS')
  const readReplicaUrls = (replicaList ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean)
    .map((url, index) => read.url(`DATABASE_READ_REPLICA_URLS (entry ${index + 1})`, POSTGRES, 'postgres://', url))
    .filter((url): url is string => url !== undefined)
  if (replicaList && !read.text('DATABASE_URL')) read.problems.push('DATABASE_READ_REPLICA_URLS is set without DATABASE_URL: replicas need the primary database they copy')
  const payloadSecret = read.text('PAYLOAD_SECRET')
  if (production && !payloadSecret) read.problems.push('PAYLOAD_SECRET is not set: production needs a long random secret to sign logins (e.g. `openssl rand -hex 32`)')
  const redisUrl = read.url('REDIS_URL', ['redis:', 'rediss:'], 'redis://') ?? null
  const env: ServerEnv = {
    production,
    databaseUrl,
    readReplicaUrls,
    payloadSecret,
    previewSecret: read.secret('PREVIEW_SECRET', 16),
    shareLinkSecret: read.secret('SHARE_LINK_SECRET', 16),
    serverUrl: read.origin('NEXT_PUBLIC_SERVER_URL'),
    internalUrl: read.origin('INTERNAL_URL'),
    s3: readS3(read),
    redisUrl,
    jobsRunner: read.flag('JOBS_RUNNER', true),
    jobsIntervalSeconds: read.integer('JOBS_INTERVAL_SECONDS', 60, 1, 86_400),
    pageCache: read.flag('PAGE_CACHE', true),
    port: read.integer('PORT', 3000, 1, 65_535),
  }
  if (read.problems.length) throw new InvalidEnvironmentError(read.problems)
  return env
}

/** Every variable this module reads (the memo below, and the deploy files test checks compose against it). */
export const SERVER_ENV_NAMES = ['NODE_ENV', 'DATABASE_URL', 'DATABASE_READ_REPLICA_URLS', 'PAYLOAD_SECRET', 'PREVIEW_SECRET', 'SHARE_LINK_SECRET', 'NEXT_PUBLIC_SERVER_URL', 'INTERNAL_URL', 'S3_BUCKET', 'S3_REGION', 'S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE', 'REDIS_URL', 'JOBS_RUNNER', 'JOBS_INTERVAL_SECONDS', 'PAGE_CACHE', 'PORT']
let current: { key: string; env: ServerEnv } | undefined

/**
 * The settings of this process. Read again only when one of its variables changed
 * (start-up fills in DATABASE_URL and a development PAYLOAD_SECRET before the app loads).
 */
export function serverEnv(): ServerEnv {
  const key = SERVER_ENV_NAMES.map((name) => process.env[name] ?? '').join('\0')
  if (current?.key !== key) current = { key, env: readServerEnv(process.env) }
  return current.env
}
