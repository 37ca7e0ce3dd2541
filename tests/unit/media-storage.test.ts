/**
 * @jest-environment node
 */
import { describe, expect, it } from '@jest/globals'

import { S3Client } from '@aws-sdk/client-s3'
import type { CollectionConfig, Config } from 'payload'

import { Media } from '@/collections/Media'
import type { S3Settings } from '@/lib/server/env'
import { mediaStorage, s3ClientConfig, s3StorageOptions } from '@/lib/server/media-storage'

const minio: S3Settings = {
  bucket: 'studio-media',
  region: 'eu-central-1',
  endpoint: 'http://minio.internal:9000',
  credentials: { accessKeyId: 'studio', secretAccessKey: 'studio-secret' },
  forcePathStyle: true,
}
const aws: S3Settings = { bucket: 'studio-media', region: 'us-east-1', forcePathStyle: false }

const fieldNames = (collection: CollectionConfig) => collection.fields.map((field) => ('name' in field ? field.name : field.type))

/** The Media collection after the plugins, as Payload would get it. */
function mediaAfter(s3: S3Settings | null): CollectionConfig {
  const config = mediaStorage(s3).reduce<Config>((current, plugin) => plugin(current) as Config, { collections: [Media] } as Config)
  return config.collections!.find((collection) => collection.slug === 'media')!
}

describe('media storage', () => {
  it('adds no plugin without S3 settings: files stay on local disk', () => {
    expect(mediaStorage(null)).toEqual([])
    const media = mediaAfter(null)
    expect(media.upload).toMatchObject({ staticDir: expect.any(String) })
    expect((media.upload as { disableLocalStorage?: boolean }).disableLocalStorage).toBeUndefined()
  })

  it('maps the settings of an S3-compatible server to the client: endpoint, region, path style, keys', async () => {
    expect(s3ClientConfig(minio)).toEqual({
      region: 'eu-central-1',
      endpoint: 'http://minio.internal:9000',
      forcePathStyle: true,
      credentials: { accessKeyId: 'studio', secretAccessKey: 'studio-secret' },
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    })
    // As the SDK itself reads them.
    const client = new S3Client(s3ClientConfig(minio))
    const endpoint = await client.config.endpoint!()
    expect(endpoint).toMatchObject({ protocol: 'http:', hostname: 'minio.internal', port: 9000 })
    expect(await client.config.region()).toBe('eu-central-1')
    expect(client.config.forcePathStyle).toBe(true)
    expect(await client.config.credentials()).toMatchObject({ accessKeyId: 'studio', secretAccessKey: 'studio-secret' })
    client.destroy()
  })

  it('leaves endpoint and keys to the SDK on AWS itself (the instance role)', () => {
    expect(s3ClientConfig(aws)).toEqual({ region: 'us-east-1', forcePathStyle: false })
  })

  it('gives the plugin the bucket and the media collection, served through Payload', () => {
    const options = s3StorageOptions(minio)
    expect(options).toEqual({ bucket: 'studio-media', config: s3ClientConfig(minio), collections: { media: true } })
    // No direct bucket URLs, no redirects to signed URLs, no uploads around the server's checks.
    expect(options).not.toHaveProperty('signedDownloads')
    expect(options).not.toHaveProperty('clientUploads')
  })

  it('with S3 settings, Media is stored in the bucket and served by its handler, with the same columns', () => {
    const media = mediaAfter(minio)
    const upload = media.upload as { disableLocalStorage?: boolean; handlers?: unknown[]; adapter?: string }
    expect(upload.disableLocalStorage).toBe(true)
    expect(upload.adapter).toBe('s3')
    expect(upload.handlers).toHaveLength(1)
    // The plugin's url and sizes fields replace Payload's own (same columns); nothing else is added.
    expect(fieldNames(media).filter((name) => name !== 'url' && name !== 'sizes')).toEqual(fieldNames(Media))
  })
})
