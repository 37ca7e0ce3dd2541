/**
 * Where Media keeps its files: with S3 settings (lib/server/env.ts) the original and every
 * image size go to the bucket, without them to the media folder (collections/Media.ts).
 *
 * Files are still served by Payload at /api/media/file/<name>, now streamed from the
 * bucket: the site's image URLs, next/image's localPatterns, the CSP (img-src 'self') and
 * Media's read access stay as they are, and the bucket can stay private. Hence no
 * `disablePayloadAccessControl` (direct bucket URLs) and no `signedDownloads` (a redirect
 * to another origin, which next/image and the CSP would refuse).
 */
import { rm } from 'node:fs/promises'
import path from 'node:path'

import { DeleteObjectCommand, S3Client, type S3ClientConfig } from '@aws-sdk/client-s3'
import { s3Storage, type S3StorageOptions } from '@payloadcms/storage-s3'
import type { Payload, Plugin } from 'payload'

import { serverEnv, type S3Settings } from './env'

const MEDIA = 'media'

/** The S3 client's settings: region, an S3-compatible endpoint, path-style addresses, keys. */
export function s3ClientConfig(s3: S3Settings): S3ClientConfig {
  return {
    region: s3.region,
    forcePathStyle: s3.forcePathStyle,
    ...(s3.endpoint
      ? {
          endpoint: s3.endpoint,
          // S3-compatible servers (MinIO, R2, ...) do not all know the checksums the SDK now
          // adds to every request by default; send them only where S3 requires one.
          requestChecksumCalculation: 'WHEN_REQUIRED' as const,
          responseChecksumValidation: 'WHEN_REQUIRED' as const,
        }
      : {}),
    // Unset: the SDK's default chain (an instance role, AWS_* variables).
    ...(s3.credentials ? { credentials: s3.credentials } : {}),
  }
}

/** The storage plugin's options for the media collection. */
export function s3StorageOptions(s3: S3Settings): S3StorageOptions {
  return {
    bucket: s3.bucket,
    config: s3ClientConfig(s3),
    // Uploads go through the server (no clientUploads), so hooks/judgeUpload.ts checks
    // every file's bytes and sharp makes the sizes before anything reaches the bucket.
    collections: { [MEDIA]: true },
  }
}

/**
 * The plugin adds an `_objectKey` field (a column) that only browser uploads
 * (clientUploads) ever fill. They are off, so the field goes: the media table stays the
 * one the committed migrations make, with or without S3.
 */
const withoutClientUploadKey: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map((collection) =>
    collection.slug === MEDIA
      ? { ...collection, fields: collection.fields.filter((field) => !('name' in field && field.name === '_objectKey')) }
      : collection,
  ),
})

/** The plugins that put Media on S3, or none: files stay on local disk. */
export function mediaStorage(s3: S3Settings | null): Plugin[] {
  return s3 ? [s3Storage(s3StorageOptions(s3)), withoutClientUploadKey] : []
}

/**
 * Removes stored files by name, from the bucket or the media folder, wherever Media keeps
 * them: for uploads whose documents were rolled back (lib/import/upsert.ts), which no
 * delete hook will ever see.
 */
export async function removeMediaFiles(payload: Payload, filenames: string[]): Promise<void> {
  const upload = payload.collections[MEDIA].config.upload
  // Stored names are plain file names; anything else is not ours to remove.
  const names = [...new Set(filenames.map((name) => path.basename(name)).filter(Boolean))]
  const s3 = upload.disableLocalStorage ? serverEnv().s3 : null
  if (s3) {
    const client = new S3Client(s3ClientConfig(s3))
    try {
      await Promise.all(names.map((name) => client.send(new DeleteObjectCommand({ Bucket: s3.bucket, Key: name }))))
    } finally {
      client.destroy()
    }
    return
  }
  if (!upload.staticDir) return
  await Promise.all(names.map((name) => rm(path.join(upload.staticDir!, name), { force: true })))
}
