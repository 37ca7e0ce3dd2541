import type { ImportReport } from './run'
import type { ImportResult } from './types'

const VERB: Record<ImportResult['status'], [string, string]> = {
  created: ['created', 'would create'],
  updated: ['updated', 'would update'],
  skipped: ['skipped', 'would skip'],
  failed: ['failed', 'failed'],
}

export const statusLabel = (result: Pick<ImportResult, 'status' | 'dryRun'>) => VERB[result.status][result.dryRun ? 1 : 0]

/** One line per source: "created  posts/hip.html  "Title" -> /admin/collections/articles/12". */
export function resultLine(result: ImportResult, adminRoute = '/admin'): string {
  const parts = [statusLabel(result).padEnd(12), result.file]
  if (result.title) parts.push(`"${result.title}"`)
  if (result.articleId && !result.dryRun && result.status !== 'failed') parts.push(`-> ${adminRoute}/collections/articles/${result.articleId}`)
  const why = result.reason && (result.status === 'skipped' || result.status === 'failed') ? `: ${result.reason}` : ''
  return `${parts.join(' ')}${why}`
}

/** The summary printed at the end of a run: counts, then what needs attention. */
export function formatSummary(report: ImportReport): string {
  const { counts } = report
  const head = report.dryRun ? 'Dry run: nothing was written.' : 'Import finished.'
  const rows: [string, number][] = [
    [report.dryRun ? 'would create' : 'created', counts.created],
    [report.dryRun ? 'would update' : 'updated', counts.updated],
    ['skipped', counts.skipped],
    ['failed', counts.failed],
  ]
  const lines = [
    '',
    `${head} ${report.results.length} file${report.results.length === 1 ? '' : 's'} in ${(report.durationMs / 1000).toFixed(1)} s.`,
    ...rows.map(([label, count]) => `  ${label.padEnd(13)}${String(count).padStart(5)}`),
  ]
  if (report.topicsCreated.length) lines.push(`  ${report.dryRun ? 'new topics (would create)' : 'new topics'}: ${report.topicsCreated.join(', ')}`)
  const attention = report.results.filter((result) => result.status === 'skipped' || result.status === 'failed')
  if (attention.length) {
    lines.push('', 'Skipped and failed:')
    for (const result of attention) lines.push(`  ${statusLabel(result).padEnd(8)} ${result.file}: ${result.reason}`)
  }
  if (!report.dryRun && counts.created + counts.updated > 0) {
    lines.push('', 'Every imported post is a draft: read its import note (sidebar) and publish it from the admin.')
  }
  return lines.join('\n')
}
