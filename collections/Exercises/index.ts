import type { CollectionConfig } from 'payload'

import { isLoggedIn, isStaff, publishedOrLoggedIn } from '../access'
import { slugField } from '../fields/slug'
import { findUsesOfExercise, refuseDeleteWhileUsed, tagsOfUses } from '../hooks/references'
import { revalidateCollection } from '../hooks/revalidate'
import { withSlugRedirects } from '../hooks/slugRedirects'
import { previewButton } from '../preview'
import { editorialVersions } from '../versions'
import { howToTab, mediaTab, overviewTab } from './fields'

export const Exercises: CollectionConfig = {
  slug: 'exercises',
  admin: {
    preview: previewButton('exercises'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'level', 'bodyAreas', '_status', 'updatedAt'],
    group: 'Content',
  },
  access: {
    read: publishedOrLoggedIn,
    readVersions: isLoggedIn,
    create: isStaff,
    update: isStaff,
    delete: isStaff,
  },
  versions: editorialVersions,
  hooks: withSlugRedirects({
    // Articles and routines show their exercises: expire exactly those pages too.
    ...revalidateCollection('exercises', tagsOfUses(findUsesOfExercise)),
    beforeDelete: [refuseDeleteWhileUsed('exercise', findUsesOfExercise)],
  }),
  fields: [
    { type: 'tabs', tabs: [overviewTab, howToTab, mediaTab] },
    slugField('name'),
    { name: 'relatedArticles', type: 'relationship', relationTo: 'articles', hasMany: true, admin: { position: 'sidebar' } },
  ],
}
