import type { CollectionConfig } from 'payload'

import { anyone, isStaff } from './access'
import { slugField } from './fields/slug'
import { revalidateCollection } from './hooks/revalidate'
import { withSlugRedirects } from './hooks/slugRedirects'

export const Instructors: CollectionConfig = {
  slug: 'instructors',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'locations'], group: 'Studio' },
  access: { read: anyone, create: isStaff, update: isStaff, delete: isStaff },
  hooks: withSlugRedirects(revalidateCollection('instructors')),
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'photo', type: 'upload', relationTo: 'media' },
    { name: 'bio', type: 'textarea', required: true, maxLength: 2000 },
    { name: 'specialties', type: 'text', hasMany: true },
    { name: 'certifications', type: 'text', hasMany: true },
    { name: 'locations', type: 'relationship', relationTo: 'locations', hasMany: true },
    slugField('name'),
  ],
}
