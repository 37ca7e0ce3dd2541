import type { GlobalConfig } from 'payload'

import { anyone, isStaff } from '../access'
import { linkGroup } from '../fields/link'
import { validateHttpsUrl } from '../fields/validators'
import { revalidateGlobal } from '../hooks/revalidate'
import { safeUrlHooks } from '../fields/safeUrls'

export const Footer: GlobalConfig = {
  slug: 'footer',
  admin: { group: 'Site' },
  access: { read: anyone, update: isStaff },
  hooks: { afterChange: [revalidateGlobal('footer')] },
  fields: [
    {
      name: 'columns',
      type: 'array',
      maxRows: 4,
      fields: [
        { name: 'title', type: 'text', required: true },
        { name: 'links', type: 'array', maxRows: 8, fields: [linkGroup()] },
      ],
    },
    {
      name: 'newsletterBlurb',
      type: 'textarea',
      maxLength: 400,
      admin: { description: 'A short invitation to follow along or join the newsletter.' },
    },
    {
      name: 'newsletterUrl',
      type: 'text',
      hooks: safeUrlHooks,
      validate: (value: string | null | undefined) => validateHttpsUrl(value),
      admin: { description: 'Where the sign-up button goes (https).' },
    },
  ],
}
