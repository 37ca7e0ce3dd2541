import type { GlobalConfig } from 'payload'

import { anyone, isStaff } from '../access'

export const Studio: GlobalConfig = {
  slug: 'studio',
  label: 'Studio',
  admin: { group: 'Studio' },
  access: {
    read: anyone,
    update: isStaff,
  },
  fields: [
    { name: 'name', type: 'text', required: true, defaultValue: 'B The Method' },
    {
      name: 'tagline',
      type: 'text',
      defaultValue: 'Low-impact mobility with a small ball, your breath and full attention.',
    },
  ],
}
