import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root, whichever folder a script or test was started from. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** Local, git-ignored state: the embedded database, uploads and the dev secret. */
export const dataDir = process.env.DATA_DIR
  ? path.resolve(process.env.DATA_DIR)
  : path.join(projectRoot, '.data')

/** Where uploads are stored: MEDIA_DIR, or `media` in the data folder. */
export const mediaDir = process.env.MEDIA_DIR ? path.resolve(process.env.MEDIA_DIR) : path.join(dataDir, 'media')

/**
 * Next keeps its data cache (`<distDir>/cache/fetch-cache`) from one build to the next.
 * Entries written by an earlier server, possibly against another database, would be
 * prerendered as if current: a build starts without them.
 */
export function nextDataCacheDir(distDir = process.env.NEXT_DIST_DIR || '.next'): string {
  return path.join(projectRoot, distDir, 'cache', 'fetch-cache')
}
