import { describe, expect, it } from '@jest/globals'

import { withMigrationLock } from '@/lib/server/migration-lock'

describe('migrations across instances', () => {
  it('lets one instance migrate while the others wait, then run after it', async () => {
    const url = process.env.DATABASE_URL!
    const events: string[] = []
    let finishFirst!: () => void
    const firstMayFinish = new Promise<void>((resolve) => (finishFirst = resolve))
    let firstStarted!: () => void
    const firstIsRunning = new Promise<void>((resolve) => (firstStarted = resolve))

    const first = withMigrationLock(url, async () => {
      events.push('first starts')
      firstStarted()
      await firstMayFinish
      events.push('first ends')
    })
    await firstIsRunning
    let waited = false
    const second = withMigrationLock(
      url,
      async () => {
        events.push('second starts')
      },
      () => {
        waited = true
      },
    )
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(events).toEqual(['first starts'])
    finishFirst()
    await Promise.all([first, second])
    expect(waited).toBe(true)
    expect(events).toEqual(['first starts', 'first ends', 'second starts'])
  })

  it('gives the lock up when the work fails, so the next instance is not stuck', async () => {
    const url = process.env.DATABASE_URL!
    await expect(withMigrationLock(url, async () => Promise.reject(new Error('migration failed')))).rejects.toThrow('migration failed')
    let waited = false
    await withMigrationLock(url, async () => {}, () => (waited = true))
    expect(waited).toBe(false)
  })
})
