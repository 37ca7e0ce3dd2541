/** The body of `npm run import` (scripts/import.ts starts the runtime first, then calls this). */
import config from '@payload-config'
import { getPayload } from 'payload'

import { closePayload } from '../server/payload-lifecycle'
import { collectFiles, readSourceFile, resolveFromDisk } from './files'
import { progressReporter } from './progress'
import { formatSummary } from './report'
import { importSources, type Unreadable } from './run'
import type { ImportSource } from './types'

export type CliOptions = { paths: string[]; dryRun: boolean; authorEmail?: string }

/** Runs the import and prints its report; resolves to the exit code (1 when any file failed). */
export async function runImportCli(options: CliOptions): Promise<number> {
  const { files, missing } = await collectFiles(options.paths)
  if (files.length === 0 && missing.length === 0) {
    console.error('No .html, .htm, .md, .markdown or .txt files found there.')
    return 2
  }
  // Its own instance: the one that ran the migrations is closed.
  const payload = await getPayload({ config, key: 'import' })
  try {
    let authorId: number | null = null
    if (options.authorEmail) {
      const { docs } = await payload.find({ collection: 'users', where: { email: { equals: options.authorEmail.toLowerCase() } }, limit: 1, depth: 0 })
      if (!docs[0]) {
        console.error(`Import stopped: no account with the e-mail ${options.authorEmail}: --author takes the e-mail of an existing user.`)
        return 1
      }
      authorId = docs[0].id
    }

    const sources: (ImportSource | Unreadable)[] = []
    for (const file of files) sources.push(await readSourceFile(file))
    sources.push(...missing)
    console.log(`${options.dryRun ? 'Dry run: reading' : 'Importing'} ${sources.length} file${sources.length === 1 ? '' : 's'}…`)

    const progress = progressReporter(sources.length, process.stdout)
    const report = await importSources(payload, sources, { dryRun: options.dryRun, authorId, resolveAsset: resolveFromDisk, onResult: progress.update })
    progress.done()
    console.log(formatSummary(report))
    return report.counts.failed > 0 ? 1 : 0
  } finally {
    await closePayload(payload)
  }
}
