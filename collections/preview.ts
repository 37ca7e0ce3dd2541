import type { GeneratePreviewURL } from 'payload'

import { previewPathFor, previewUrl } from '../lib/preview/preview-url'

/** The admin's Preview button: opens the real page in draft mode (see app/(site)/preview). */
export const previewButton =
  (collectionOrGlobal: string): GeneratePreviewURL =>
  (doc) => {
    const path = previewPathFor(collectionOrGlobal, doc)
    return path ? previewUrl(path) : null
  }
