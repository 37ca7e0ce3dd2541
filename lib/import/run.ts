import type { Payload } from 'payload'

import type { User } from '../../payload-types'
import { articleEditorConfig } from './editor-config'
import { parseSource } from './parse'
import { upsertPost } from './upsert'
import type { AssetResolver, ImportResult, ImportSource, ImportStatus } from './types'

export type ImportReport = {
  dryRun: boolean
  results: ImportResult[]
  counts: Record<ImportStatus, number>
  topicsCreated: string[]
  durationMs: number
}

export type RunOptions = {
  dryRun?: boolean
  user?: User | null
  authorId?: number | null
  resolveAsset: AssetResolver
  /** Called after each source, for progress bars and per-file lines. */
  onResult?: (result: ImportResult, done: number, total: number) => void
}

/** Sources that could not even be read (a file that vanished, no permission): reported, not thrown. */
export type Unreadable = { label: string; reason: string }

/**
 * Imports each source in turn: parse, then match and write as a draft (or only look, in
 * a dry run). One bad source never stops the others; every source gets one result.
 */
export async function importSources(
  payload: Payload,
  sources: (ImportSource | Unreadable)[],
  options: RunOptions,
): Promise<ImportReport> {
  const started = performance.now()
  const dryRun = Boolean(options.dryRun)
  const editorConfig = articleEditorConfig(payload.config)
  const results: ImportResult[] = []
  for (const source of sources) {
    let result: ImportResult
    if ('reason' in source) {
      result = { file: source.label, status: 'failed', reason: source.reason, dryRun }
    } else {
      const label = source.label ?? source.name
      const parsed = parseSource(source, editorConfig)
      if (!parsed.ok) {
        result = { file: label, status: 'failed', reason: parsed.reason, dryRun }
      } else {
        try {
          result = await upsertPost(payload, parsed.post, { ...options, source, dryRun })
        } catch (error) {
          result = { file: label, title: parsed.post.title, status: 'failed', reason: (error as Error).message, dryRun }
        }
      }
    }
    results.push(result)
    options.onResult?.(result, results.length, sources.length)
  }
  const counts: Record<ImportStatus, number> = { created: 0, updated: 0, skipped: 0, failed: 0 }
  for (const result of results) counts[result.status]++
  const topicsCreated = [...new Set(results.flatMap((result) => result.topicsCreated ?? []))]
  return { dryRun, results, counts, topicsCreated, durationMs: Math.round(performance.now() - started) }
}
