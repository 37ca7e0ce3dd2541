import type { CollectionConfig } from 'payload'

import { ACCEPTED_UPLOAD_TYPES } from '../lib/model/upload-bytes'
import { mediaDir } from '../lib/server/paths'
import { anyone, isLoggedIn, isStaff } from './access'
import { judgeUpload } from './hooks/judgeUpload'
import { revalidateCollection } from './hooks/revalidate'

/** Cache-Control of /api/media/file/<name>. */
export const MEDIA_FILE_CACHE_CONTROL = 'public, max-age=3600'

export const Media: CollectionConfig = {
  slug: 'media',
  admin: {
    group: 'Content',
    defaultColumns: ['filename', 'alt', 'updatedAt'],
  },
  access: {
    read: anyone,
    create: isLoggedIn,
    update: isLoggedIn,
    delete: isStaff,
  },
  upload: {
    staticDir: mediaDir,
    // No SVG (it can carry script); the bytes are checked against the name in hooks/judgeUpload.ts.
    mimeTypes: ACCEPTED_UPLOAD_TYPES,
    filesRequiredOnCreate: true,
    focalPoint: true,
    adminThumbnail: 'card',
    // The same file for everyone (read: anyone), from disk or the bucket: browsers and CDNs
    // keep it an hour, then revalidate. A name comes back only after its upload was deleted.
    modifyResponseHeaders: ({ headers }) => {
      headers.set('Cache-Control', MEDIA_FILE_CACHE_CONTROL)
      return headers
    },
    imageSizes: [
      { name: 'card', width: 640, height: 480, position: 'centre', formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'hero', width: 1600, height: 900, position: 'centre', formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'full', width: 2400, formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'social', width: 1200, height: 630, position: 'centre', formatOptions: { format: 'jpeg', options: { quality: 85 } } },
    ],
  },
  hooks: { ...revalidateCollection('media'), beforeOperation: [judgeUpload] },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      admin: { description: 'Describe the picture for people who cannot see it (screen readers, slow connections).' },
      validate: (value: string | null | undefined) =>
        value && value.trim().length > 0
          ? true
          : 'Alt text is required: describe what the image shows for people who cannot see it.',
    },
    {
      name: 'altNeedsReview',
      type: 'checkbox',
      defaultValue: false,
      label: 'Alt text needs review',
      admin: { position: 'sidebar', description: 'Set by the importer when the source had no alt text; untick once you have written one.' },
    },
    { name: 'caption', type: 'text' },
    { name: 'credit', type: 'text', admin: { description: 'Photographer or source, shown under the image.' } },
  ],
}
