import Link from 'next/link'
import type { ServerProps } from 'payload'

import { hasRole } from '@/lib/model/roles'
import type { User } from '@/payload-types'

/** "Import posts" under the Content links of the admin sidebar, for those who may import. */
export function ImportNavLink({ user, payload }: ServerProps) {
  if (!hasRole(user as User | undefined, 'admin', 'editor', 'marketing')) return null
  return (
    <Link className="nav__link" href={`${payload.config.routes.admin}/import`} id="nav-import-posts" prefetch={false}>
      <span className="nav__link-label">Import posts</span>
    </Link>
  )
}
