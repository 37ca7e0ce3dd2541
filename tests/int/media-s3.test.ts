/**
 * Media on S3 (lib/server/media-storage.ts): with the S3_* settings, the original and every
 * image size go to the bucket and nothing to the media folder; /api/media/file/<name>
 * streams the bucket's bytes through the app's REST route; a delete removes the objects.
 * The bucket is s3rver on a free port; this file's module registry loads payload.config.ts
 * after the settings are in the environment.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

import { CreateBucketCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import type { Payload } from 'payload'
import sharp from 'sharp'

import type { Media } from '@/payload-types'

type S3rverOptions = { port: number; address: string; directory: string; silent: boolean }
type S3rverServer = { run(): Promise<{ port: number }>; close(): Promise<void> }
// s3rver ships no types: its constructor, as used here.
const S3rver = createRequire(import.meta.url)('s3rver') as new (options: S3rverOptions) => S3rverServer

const BUCKET = 'bthemethod-media-test'
const S3_NAMES = ['S3_BUCKET', 'S3_REGION', 'S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE', 'MEDIA_DIR']
const savedEnv = Object.fromEntries(S3_NAMES.map((name) => [name, process.env[name]]))

type RouteHandler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

let server: S3rverServer
let s3: S3Client
let bucketDir: string
let mediaDir: string
let payload: Payload
let closePayload: (payload: Payload) => Promise<void>
let removeMediaFiles: (payload: Payload, filenames: string[]) => Promise<void>
let restGet: RouteHandler
let cacheControl: string

beforeAll(async () => {
  bucketDir = mkdtempSync(path.join(os.tmpdir(), 'bthemethod-s3-'))
  mediaDir = mkdtempSync(path.join(os.tmpdir(), 'bthemethod-media-s3-'))
  server = new S3rver({ port: 0, address: '127.0.0.1', directory: bucketDir, silent: true })
  const { port } = await server.run()
  Object.assign(process.env, {
    S3_BUCKET: BUCKET,
    S3_REGION: 'us-east-1',
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_FORCE_PATH_STYLE: 'on',
    // An empty folder of this file's own: whatever lands in it was written to local disk.
    MEDIA_DIR: mediaDir,
  })
  s3 = new S3Client({ region: 'us-east-1', endpoint: `http://127.0.0.1:${port}`, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } })
  await s3.send(new CreateBucketCommand({ Bucket: BUCKET }))

  // Imported only now, so that the config (and lib/server/paths.ts) read the settings above.
  const helpers = await import('../helpers/payload')
  closePayload = helpers.closePayload
  payload = await helpers.startPayload()
  ;({ removeMediaFiles } = await import('@/lib/server/media-storage'))
  ;({ MEDIA_FILE_CACHE_CONTROL: cacheControl } = await import('@/collections/Media'))
  restGet = (await import('@/app/(payload)/api/[...slug]/route')).GET as unknown as RouteHandler
})

afterAll(async () => {
  if (payload) await closePayload(payload)
  s3?.destroy()
  await server?.close()
  for (const [name, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
  rmSync(bucketDir, { recursive: true, force: true })
  rmSync(mediaDir, { recursive: true, force: true })
})

async function pngFile(name: string) {
  const data = await sharp({ create: { width: 2400, height: 1600, channels: 3, background: '#8fa58c' } }).png().toBuffer()
  return { data, mimetype: 'image/png', name, size: data.length }
}

async function bucketKeys(): Promise<string[]> {
  const { Contents = [] } = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET }))
  return Contents.map((object) => object.Key!).sort()
}

async function bucketBytes(key: string): Promise<Buffer> {
  const object = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))
  return Buffer.from(await object.Body!.transformToByteArray())
}

/** The original's and every size's stored name. */
function storedNames(media: Media): string[] {
  const sizes = Object.values(media.sizes ?? {}).map((size) => size?.filename)
  return [media.filename, ...sizes].filter((name): name is string => Boolean(name)).sort()
}

/** GET /api/media/file/<name> through the app's REST route, as Next calls it. */
function getFile(name: string): Promise<Response> {
  const request = new Request(`http://localhost:3000/api/media/file/${encodeURIComponent(name)}`)
  return restGet(request, { params: Promise.resolve({ slug: ['media', 'file', name] }) })
}

function localFiles(): string[] {
  return existsSync(mediaDir) ? readdirSync(mediaDir, { recursive: true }).map(String) : []
}

describe('Media on S3', () => {
  let media: Media
  let original: Buffer

  beforeAll(async () => {
    const file = await pngFile('s3-ball.png')
    original = file.data
    media = await payload.create({ collection: 'media', data: { alt: 'A ball on a mat, stored in the bucket' }, file })
  })

  it('stores the original and every configured image size in the bucket, with their types', async () => {
    const sizeNames = payload.collections.media.config.upload.imageSizes!.map((size) => size.name)
    expect(Object.keys(media.sizes ?? {}).sort()).toEqual([...sizeNames].sort())
    const names = storedNames(media)
    expect(names).toHaveLength(1 + sizeNames.length)
    expect(await bucketKeys()).toEqual(names)
    expect(await bucketBytes(media.filename!)).toEqual(original)
    for (const size of Object.values(media.sizes ?? {})) {
      const head = await s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: size!.filename! }))
      expect(head.ContentType).toBe(size!.mimeType)
    }
  })

  it('writes nothing to the local media folder', () => {
    expect(localFiles()).toEqual([])
  })

  it('keeps the image URLs at /api/media/file/<name>, which next/image is allowed to load', () => {
    expect(media.url).toBe(`/api/media/file/${media.filename}`)
    for (const size of Object.values(media.sizes ?? {})) expect(size!.url).toBe(`/api/media/file/${size!.filename}`)
  })

  it('serves the original from the bucket at /api/media/file/<name>: same bytes, its type, cacheable', async () => {
    const response = await getFile(media.filename!)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(response.headers.get('cache-control')).toBe(cacheControl)
    expect(Buffer.from(await response.arrayBuffer())).toEqual(original)
  })

  it('serves an image size from the bucket with its own type', async () => {
    const card = media.sizes!.card!
    const response = await getFile(card.filename!)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/webp')
    expect(Buffer.from(await response.arrayBuffer())).toEqual(await bucketBytes(card.filename!))
  })

  it('answers 404 for a name that is not in the bucket', async () => {
    const response = await getFile('never-uploaded.png')
    expect(response.status).toBe(404)
    await response.arrayBuffer()
  })

  it('deletes the objects of a deleted media document from the bucket', async () => {
    const other = await payload.create({ collection: 'media', data: { alt: 'A second picture' }, file: await pngFile('s3-second.png') })
    expect(await bucketKeys()).toEqual([...storedNames(media), ...storedNames(other)].sort())
    await payload.delete({ collection: 'media', id: other.id })
    expect(await bucketKeys()).toEqual(storedNames(media))
    await payload.delete({ collection: 'media', id: media.id })
    expect(await bucketKeys()).toEqual([])
    expect((await getFile(media.filename!)).status).toBe(404)
  })

  it('removes the objects of an upload whose transaction rolled back (the importer) from the bucket', async () => {
    const transactionID = await payload.db.beginTransaction()
    const req = { transactionID: transactionID! }
    const rolledBack = await payload.create({ collection: 'media', data: { alt: 'Imported, then rolled back' }, file: await pngFile('s3-rolled-back.png'), req })
    await payload.db.rollbackTransaction(transactionID!)
    expect(await bucketKeys()).toEqual(storedNames(rolledBack))
    await removeMediaFiles(payload, storedNames(rolledBack))
    expect(await bucketKeys()).toEqual([])
    expect(localFiles()).toEqual([])
  })
})
