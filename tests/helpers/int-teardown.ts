import { rmSync } from 'node:fs'

export default async function teardownIntegrationDatabase() {
  await globalThis.__intDatabase?.dispose()
  if (globalThis.__intMediaDir) rmSync(globalThis.__intMediaDir, { recursive: true, force: true })
}
