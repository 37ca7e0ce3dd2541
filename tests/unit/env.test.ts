import { describe, expect, it } from '@jest/globals'

import { InvalidEnvironmentError, readServerEnv } from '@/lib/server/env'

function problemsOf(source: Record<string, string>): string[] {
  try {
    readServerEnv(source)
    return []
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) return error.problems
    throw error
  }
}

describe('the environment, read and checked once at start', () => {
  it('runs a development laptop with nothing set', () => {
    const env = readServerEnv({})
    expect(env).toMatchObject({ production: false, databaseUrl: undefined, readReplicaUrls: [], s3: null, redisUrl: null, jobsRunner: true, jobsIntervalSeconds: 60, port: 3000 })
  })

  it('reads a full production set-up', () => {
    const env = readServerEnv({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://app:pw@db.internal:5432/bthemethod',
      DATABASE_READ_REPLICA_URLS: 'postgres://app:pw@replica-1:5432/bthemethod, postgresql://app:pw@replica-2/bthemethod',
      PAYLOAD_SECRET: 'a'.repeat(64),
      NEXT_PUBLIC_SERVER_URL: 'https://bthemethod.com/',
      S3_BUCKET: 'bthemethod-media',
      S3_ENDPOINT: 'https://s3.eu-central-1.example.com',
      S3_ACCESS_KEY_ID: 'key',
      S3_SECRET_ACCESS_KEY: 'secret',
      REDIS_URL: 'rediss://cache.internal:6380',
      JOBS_RUNNER: 'off',
    })
    expect(env.readReplicaUrls).toEqual(['postgres://app:pw@replica-1:5432/bthemethod', 'postgresql://app:pw@replica-2/bthemethod'])
    expect(env.serverUrl).toBe('https://bthemethod.com')
    expect(env.s3).toEqual({
      bucket: 'bthemethod-media',
      region: 'us-east-1',
      endpoint: 'https://s3.eu-central-1.example.com',
      credentials: { accessKeyId: 'key', secretAccessKey: 'secret' },
      forcePathStyle: true,
    })
    expect(env.redisUrl).toBe('rediss://cache.internal:6380')
    expect(env.jobsRunner).toBe(false)
  })

  it('names each bad value and the reason, all at once, without printing passwords', () => {
    const problems = problemsOf({
      NODE_ENV: 'production',
      DATABASE_URL: 'mysql://root:hunter2@db/site',
      DATABASE_READ_REPLICA_URLS: 'postgres://ok@replica/db,http://replica-2',
      NEXT_PUBLIC_SERVER_URL: 'https://bthemethod.com/blog',
      REDIS_URL: 'localhost:6379',
      JOBS_RUNNER: 'sometimes',
      JOBS_INTERVAL_SECONDS: '-5',
      PORT: '70000',
      PREVIEW_SECRET: 'short',
    })
    expect(problems).toEqual([
      'DATABASE_URL is not a postgres:// URL (got "mysql://***@db/site")',
      'DATABASE_READ_REPLICA_URLS (entry 2) is not a postgres:// URL (got "http://replica-2")',
      'PAYLOAD_SECRET is not set: production needs a long random secret to sign logins (e.g. `openssl rand -hex 32`)',
      'REDIS_URL is not a redis:// URL (got "localhost:6379")',
      'PREVIEW_SECRET is too short (5 characters; use at least 16, e.g. `openssl rand -hex 32`)',
      'NEXT_PUBLIC_SERVER_URL must be an origin without a path, like https://bthemethod.com (got "https://bthemethod.com/blog")',
      'JOBS_RUNNER must be on or off (got "sometimes")',
      'JOBS_INTERVAL_SECONDS must be a whole number from 1 to 86400 (got "-5")',
      'PORT must be a whole number from 1 to 65535 (got "70000")',
    ])
    expect(problems.join('\n')).not.toContain('hunter2')
  })

  it('refuses half an S3 set-up and replicas without a primary', () => {
    expect(problemsOf({ S3_REGION: 'eu-west-1', S3_ACCESS_KEY_ID: 'key' })).toEqual([
      'S3_BUCKET is not set, but S3_REGION, S3_ACCESS_KEY_ID are: set the bucket to store media on S3, or unset the rest',
    ])
    expect(problemsOf({ S3_BUCKET: 'media', S3_ACCESS_KEY_ID: 'key' })).toEqual([
      'S3_SECRET_ACCESS_KEY is missing: set both S3 keys, or neither to use the instance\'s role',
    ])
    expect(problemsOf({ S3_BUCKET: 'Media_Bucket' })).toEqual([
      'S3_BUCKET is not a valid bucket name (got "Media_Bucket"): 3-63 lower-case letters, digits, dots and hyphens',
    ])
    expect(problemsOf({ DATABASE_READ_REPLICA_URLS: 'postgres://replica/db' })).toEqual([
      'DATABASE_READ_REPLICA_URLS is set without DATABASE_URL: replicas need the primary database they copy',
    ])
  })

  it('uses the instance role for S3 when no keys are given, and AWS addressing without an endpoint', () => {
    expect(readServerEnv({ S3_BUCKET: 'bthemethod-media', S3_REGION: 'eu-west-1' }).s3).toEqual({
      bucket: 'bthemethod-media',
      region: 'eu-west-1',
      endpoint: undefined,
      credentials: undefined,
      forcePathStyle: false,
    })
  })
})
