import { spawn } from 'node:child_process'

import { projectRoot } from '../../lib/server/paths'

/** How the npm scripts start an entry point of scripts/ (see scripts/run.mjs). */
export const scriptCommand = (script: string, args: string[] = []) => [
  '--conditions=production',
  '--enable-source-maps',
  'scripts/run.mjs',
  script.replace(/\.ts$/, ''),
  ...args,
]

/**
 * Runs one of scripts/*.ts in its own Node process. Jest's global setup cannot load
 * Payload in-process (it requires modules as CommonJS), and a separate process is
 * the path the app itself takes anyway.
 */
function runOnce(script: string, env: NodeJS.ProcessEnv, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, scriptCommand(script, args), {
      cwd: projectRoot,
      env,
      stdio: 'inherit',
    })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`scripts/${script} exited with ${code}`))))
  })
}

/**
 * For the test suites' own set-up (migrate, seed; both idempotent): a shorter start-up
 * deadline and one more try, so a rare start-up hang costs a minute instead of the run.
 */
export async function runSetupScript(script: string, env: NodeJS.ProcessEnv): Promise<void> {
  const withDeadline = { MIGRATION_DEADLINE_MS: '60000', ...env }
  try {
    await runOnce(script, withDeadline, [])
  } catch (error) {
    console.warn(`[tests] ${(error as Error).message}; trying once more`)
    await runOnce(script, withDeadline, [])
  }
}

type ScriptOutput = { code: number | null; stdout: string; stderr: string; timedOut: boolean }

function runCollecting(script: string, env: NodeJS.ProcessEnv, args: string[], deadlineMs: number): Promise<ScriptOutput> {
  return new Promise((resolve, reject) => {
    // Its own process group, so a kill also ends a rerun it started (see lib/server/runtime.ts).
    const child = spawn(process.execPath, scriptCommand(script, args), { cwd: projectRoot, env, stdio: 'pipe', detached: true })
    let stdout = ''
    let stderr = ''
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {
        // already gone
      }
    }, deadlineMs)
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr, timedOut })
    })
  })
}

/**
 * Runs a script collecting its output and exit code (instead of failing on non-zero), for
 * idempotent scripts under test (import): a run that hangs at start-up (see runSetupScript)
 * is killed at the deadline and tried once more.
 */
export async function runScriptOutput(
  script: string,
  env: NodeJS.ProcessEnv,
  args: string[] = [],
  deadlineMs = 45_000,
): Promise<Omit<ScriptOutput, 'timedOut'>> {
  // A short start-up deadline: a stalled start reruns itself (and names the stuck step)
  // well before this helper's own deadline.
  const withDeadline = { MIGRATION_DEADLINE_MS: '12000', ...env }
  let result = await runCollecting(script, withDeadline, args, deadlineMs)
  if (result.timedOut || /Start-up did not finish/.test(result.stderr)) {
    const said = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-3).join(' / ')
    console.warn(`[tests] scripts/${script} did not finish within ${deadlineMs / 1000} s (${said}); trying once more`)
    result = await runCollecting(script, withDeadline, args, deadlineMs)
  }
  const { timedOut: _timedOut, ...output } = result
  return output
}
