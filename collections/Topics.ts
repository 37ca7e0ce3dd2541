import type { CollectionConfig } from 'payload'

import { anyone, isStaff } from './access'
import { slugField } from './fields/slug'
import { revalidateCollection } from './hooks/revalidate'
import { withSlugRedirects } from './hooks/slugRedirects'

export const Topics: CollectionConfig = {
  slug: 'topics',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'], group: 'Content' },
  access: { read: anyone, create: isStaff, update: isStaff, delete: isStaff },
  hooks: withSlugRedirects(revalidateCollection('topics')),
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 60 },
    slugField('name'),
    { name: 'description', type: 'textarea', maxLength: 400 },
  ],
}
