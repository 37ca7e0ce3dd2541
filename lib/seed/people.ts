import { randomBytes } from 'node:crypto'

import type { Role } from '../model/roles'
import type { SeedContext } from './context'

const demoUsers: { name: string; email: string; role: Role }[] = [
  { name: 'Ada Whitfield', email: 'admin@bthemethod.test', role: 'admin' },
  { name: 'Elena Marsh', email: 'editor@bthemethod.test', role: 'editor' },
  { name: 'Marco Reyes', email: 'marketing@bthemethod.test', role: 'marketing' },
]

/** Demo accounts, one per role; their shared password is printed once, when they are made. */
export async function seedDemoUsers(ctx: SeedContext, options: { demoPassword?: string; log: (line: string) => void }) {
  const password = options.demoPassword || randomBytes(9).toString('base64url')
  const newlyCreated: string[] = []
  for (const user of demoUsers) {
    const id = await ctx.ensure('users', { field: 'email', value: user.email }, async () => {
      newlyCreated.push(`${user.role.padEnd(9)} ${user.email}`)
      return ctx.payload.create({ collection: 'users', data: { ...user, password } })
    })
    ctx.users.set(user.role, id)
  }
  if (newlyCreated.length > 0) {
    options.log(`Demo accounts (password for all: ${password}); shown once, change or delete them in /admin:`)
    for (const line of newlyCreated) options.log(`  ${line}`)
  }
}
