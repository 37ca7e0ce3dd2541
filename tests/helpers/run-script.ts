import { spawn } from 'node:child_process'

import { projectRoot } from '../../lib/paths'

/**
 * Runs one of scripts/*.ts in its own Node process. Jest's global setup cannot load
 * Payload in-process (it requires modules as CommonJS), and a separate process is
 * the path the app itself takes anyway.
 */
export function runScript(script: string, env: NodeJS.ProcessEnv, args: string[] = []): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `scripts/${script}`, ...args], {
      cwd: projectRoot,
      env,
      stdio: 'inherit',
    })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`scripts/${script} exited with ${code}`))))
  })
}

/** Runs a script like `runScript`, collecting its output and exit code instead of failing on non-zero. */
export function runScriptOutput(
  script: string,
  env: NodeJS.ProcessEnv,
  args: string[] = [],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `scripts/${script}`, ...args], { cwd: projectRoot, env, stdio: 'pipe' })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}
