import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

import type { Role } from '../collections/access'

export type SeedReport = { created: string[]; skipped: string[] }

const demoUsers: { name: string; email: string; role: Role }[] = [
  { name: 'Ada Admin', email: 'admin@bthemethod.test', role: 'admin' },
  { name: 'Elena Editor', email: 'editor@bthemethod.test', role: 'editor' },
  { name: 'Marco Marketing', email: 'marketing@bthemethod.test', role: 'marketing' },
]

/**
 * Loads the demo content. Idempotent: every record is looked up by a natural key
 * (e-mail, slug) first, so running it twice creates nothing twice.
 * Demo users exist only outside production; their password is printed once.
 */
export async function seedDemoContent(
  payload: Payload,
  options: { production: boolean; demoPassword?: string; log?: (line: string) => void },
): Promise<SeedReport> {
  const log = options.log ?? (() => {})
  const report: SeedReport = { created: [], skipped: [] }

  const studio = await payload.findGlobal({ slug: 'studio', depth: 0 })
  if (!studio.updatedAt) {
    await payload.updateGlobal({
      slug: 'studio',
      data: {
        name: 'B The Method',
        tagline: 'Low-impact mobility with a small ball, your breath and full attention.',
      },
    })
    report.created.push('studio')
  } else {
    report.skipped.push('studio')
  }

  if (!options.production) {
    const password = options.demoPassword || randomBytes(9).toString('base64url')
    const newlyCreated: string[] = []
    for (const user of demoUsers) {
      const existing = await payload.count({ collection: 'users', where: { email: { equals: user.email } } })
      if (existing.totalDocs > 0) {
        report.skipped.push(`user ${user.email}`)
        continue
      }
      await payload.create({ collection: 'users', data: { ...user, password } })
      report.created.push(`user ${user.email}`)
      newlyCreated.push(`${user.role.padEnd(9)} ${user.email}`)
    }
    if (newlyCreated.length > 0) {
      log(`Demo accounts (password for all: ${password}); shown once, change or delete them in /admin:`)
      for (const line of newlyCreated) log(`  ${line}`)
    }
  }
  return report
}
