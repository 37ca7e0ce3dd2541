import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root, whichever folder a script or test was started from. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Local, git-ignored state: the embedded database, uploads and the dev secret. */
export const dataDir = process.env.DATA_DIR
  ? path.resolve(process.env.DATA_DIR)
  : path.join(projectRoot, '.data')
