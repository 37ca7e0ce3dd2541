import type { CollectionBeforeOperationHook } from 'payload'
import { ValidationError } from 'payload'
import sharp from 'sharp'

import { detectUploadType, megapixelProblem, uploadBytesProblem } from '../../lib/model/upload-bytes'

/**
 * Before Payload stores an upload or hands it to sharp: the bytes must be what the name
 * says (lib/model/upload-bytes.ts) and a picture within the megapixel limit. A refusal
 * names the `file` field and the reason (sharp failing on a disguised file was a 500).
 */
export const judgeUpload: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const file = req.file
  if (!file || (operation !== 'create' && operation !== 'update')) return args
  const refuse = (message: string): never => {
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'file', message }] }, req.t)
  }
  const bytesProblem = uploadBytesProblem(file.name, file.data)
  if (bytesProblem) refuse(bytesProblem)
  if (detectUploadType(file.data)?.startsWith('image/')) {
    // Only the header is read here: the dimensions, not the pixels.
    const metadata = await sharp(file.data, { limitInputPixels: false }).metadata().catch(() => null)
    if (!metadata?.width || !metadata.height) refuse(`"${file.name.slice(0, 80)}" cannot be read as a picture: it is damaged or cut short`)
    const pixelProblem = megapixelProblem(metadata!.width!, metadata!.height!, metadata!.pages ?? 1)
    if (pixelProblem) refuse(pixelProblem)
  }
  return args
}
