import type { CollectionConfig } from 'payload'

import { cacheTags } from '../../lib/server/cache'
import { isLoggedIn, isStaff, publishedOrLoggedIn } from '../access'
import { slugField } from '../fields/slug'
import { findArticlesUsingExercise, refuseDeleteWhileReferenced } from '../hooks/exerciseReferences'
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
    // Article pages show embedded and related exercises: expire exactly those too.
    ...revalidateCollection('exercises', async ({ doc, req }) =>
      doc.id === undefined ? [] : (await findArticlesUsingExercise(req, doc.id)).map((article) => cacheTags.doc('articles', article.slug)),
    ),
    beforeDelete: [refuseDeleteWhileReferenced],
  }),
  fields: [
    { type: 'tabs', tabs: [overviewTab, howToTab, mediaTab] },
    slugField('name'),
    { name: 'relatedArticles', type: 'relationship', relationTo: 'articles', hasMany: true, admin: { position: 'sidebar' } },
  ],
}
