import type { GlobalConfig } from 'payload'

import { anyone, isStaff } from '../access'
import { linkGroup } from '../fields/link'
import { revalidateGlobal } from '../hooks/revalidate'

export const Header: GlobalConfig = {
  slug: 'header',
  admin: { group: 'Site' },
  access: { read: anyone, update: isStaff },
  hooks: { afterChange: [revalidateGlobal('header')] },
  fields: [
    {
      name: 'navItems',
      type: 'array',
      maxRows: 8,
      labels: { singular: 'Menu item', plural: 'Menu items' },
      fields: [linkGroup()],
    },
  ],
}
