/** The CLI's side: walking folders for posts, reading them, and finding images beside them. */
import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'

import { formatOf } from './read'
import type { Unreadable } from './run'
import type { AssetResolver, ImportSource } from './types'

/** Every post file under the given paths (folders recursively), in a stable order; a missing path is reported. */
export async function collectFiles(paths: string[]): Promise<{ files: string[]; missing: Unreadable[] }> {
  const files: string[] = []
  const missing: Unreadable[] = []
  const walk = async (dir: string) => {
    const entries = await readdir(dir, { withFileTypes: true })
    entries.sort((a, b) => a.name.localeCompare(b.name))
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) await walk(full)
      else if (entry.isFile() && formatOf(entry.name)) files.push(full)
    }
  }
  for (const given of paths) {
    const info = await stat(given).catch(() => null)
    if (!info) missing.push({ label: given, reason: 'no such file or folder' })
    // A file named explicitly is imported (or reported) whatever its type.
    else if (info.isDirectory()) await walk(given)
    else files.push(given)
  }
  return { files: [...new Set(files)], missing }
}

export async function readSourceFile(file: string, cwd = process.cwd()): Promise<ImportSource | Unreadable> {
  const label = path.relative(cwd, file) || file
  try {
    return { name: path.basename(file), label, path: path.resolve(file), data: await readFile(file) }
  } catch (error) {
    return { label, reason: `unreadable: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` }
  }
}

/** Images referred to by a relative path, beside the post (or, failing that, by name in its folder). */
export const resolveFromDisk: AssetResolver = async (src, source) => {
  if (!source.path) return null
  const dir = path.dirname(source.path)
  let clean: string
  try {
    clean = decodeURIComponent(src.split(/[?#]/)[0].replace(/^file:\/\//, ''))
  } catch {
    clean = src.split(/[?#]/)[0]
  }
  const candidates = [path.resolve(dir, clean.replace(/^\/+/, '')), path.join(dir, path.basename(clean))]
  for (const candidate of candidates) {
    const data = await readFile(candidate).catch(() => null)
    if (data) return { name: path.basename(candidate), data }
  }
  return null
}
