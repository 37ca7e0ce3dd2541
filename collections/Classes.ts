import type { CollectionConfig } from 'payload'

import { CLASS_FORMATS, EQUIPMENT, LEVELS } from '../lib/model/taxonomy'
import { isLoggedIn, isStaff, publishedOrLoggedIn } from './access'
import { slugField } from './fields/slug'
import { validateHttpsUrl } from './fields/validators'
import { editorialVersions } from './versions'
import { revalidateCollection } from './hooks/revalidate'
import { withSlugRedirects } from './hooks/slugRedirects'
import { previewButton } from './preview'
import { safeUrlHooks } from './fields/safeUrls'

export const Classes: CollectionConfig = {
  slug: 'classes',
  labels: { singular: 'Class', plural: 'Classes' },
  admin: {
    preview: previewButton('classes'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'format', 'level', '_status'],
    group: 'Studio',
  },
  access: {
    read: publishedOrLoggedIn,
    readVersions: isLoggedIn,
    create: isStaff,
    update: isStaff,
    delete: isStaff,
  },
  versions: editorialVersions,
  hooks: withSlugRedirects(revalidateCollection('classes')),
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'description', type: 'textarea', required: true, maxLength: 1000 },
    {
      type: 'row',
      fields: [
        { name: 'level', type: 'select', required: true, options: LEVELS },
        { name: 'durationMinutes', type: 'number', required: true, min: 10, max: 180, defaultValue: 50 },
        { name: 'format', type: 'select', required: true, options: CLASS_FORMATS },
      ],
    },
    { name: 'instructors', type: 'relationship', relationTo: 'instructors', hasMany: true },
    { name: 'locations', type: 'relationship', relationTo: 'locations', hasMany: true },
    { name: 'equipment', type: 'select', hasMany: true, options: EQUIPMENT },
    { name: 'bookingUrl', type: 'text', hooks: safeUrlHooks, validate: (value: string | null | undefined) => validateHttpsUrl(value) },
    slugField('name'),
  ],
}
