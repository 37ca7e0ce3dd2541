import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { importArticlesEndpoint } from '../lib/import/endpoint'
import { EXCERPT_MAX } from '../lib/model/limits'
import { isLoggedIn, isStaff, isStaffOrMarketing, publishedOrLoggedIn } from './access'
import { Callout } from './blocks/Callout'
import { ExerciseEmbed } from './blocks/ExerciseEmbed'
import { RoutineEmbed } from './blocks/RoutineEmbed'
import { slugField } from './fields/slug'
import { setPublishedAtOnFirstPublish } from './hooks/publishedAt'
import { computeReadingTime } from './hooks/readingTime'
import { editorialVersions } from './versions'
import { revalidateCollection } from './hooks/revalidate'
import { withSlugRedirects } from './hooks/slugRedirects'
import { previewButton } from './preview'
import { safeRichTextHooks } from './fields/safeUrls'

/**
 * The author is shown by display name only: visitors cannot read user accounts, so the
 * name is copied onto the article when it is saved.
 */
const copyAuthorName: CollectionBeforeChangeHook = async ({ data, req }) => {
  const authorId = typeof data.author === 'object' && data.author ? data.author.id : data.author
  if (!authorId) return { ...data, authorName: null }
  const author = await req.payload.findByID({
    collection: 'users',
    id: authorId,
    depth: 0,
    overrideAccess: true,
    req,
    select: { name: true },
    disableErrors: true,
  })
  return { ...data, authorName: author?.name ?? null }
}

/** The signed-in writer becomes the author of a new article unless one was chosen. */
const defaultAuthorToWriter: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && !data.author && req.user) return { ...data, author: req.user.id }
  return data
}

export const Articles: CollectionConfig = {
  slug: 'articles',
  admin: {
    preview: previewButton('articles'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'topics', '_status', 'publishedAt', 'updatedAt'],
    group: 'Content',
    description: 'Blog articles. Save drafts freely; only published articles reach the site.',
  },
  access: {
    read: publishedOrLoggedIn,
    readVersions: isLoggedIn,
    create: isStaffOrMarketing,
    update: isStaffOrMarketing,
    delete: isStaff,
  },
  versions: { ...editorialVersions, drafts: { ...editorialVersions.drafts, schedulePublish: true } },
  defaultSort: '-publishedAt',
  // POST /api/articles/import: the admin Import view (lib/import).
  endpoints: [importArticlesEndpoint],
  hooks: withSlugRedirects({
    ...revalidateCollection('articles'),
    beforeChange: [defaultAuthorToWriter, copyAuthorName, computeReadingTime, setPublishedAtOnFirstPublish],
  }),
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 160 },
    {
      name: 'excerpt',
      type: 'textarea',
      required: true,
      maxLength: EXCERPT_MAX,
      admin: { description: `One or two sentences for cards and search results (at most ${EXCERPT_MAX} characters).` },
    },
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    {
      name: 'content',
      type: 'richText',
      required: true,
      hooks: safeRichTextHooks,
      editor: lexicalEditor({
        features: ({ defaultFeatures }) => [...defaultFeatures, BlocksFeature({ blocks: [ExerciseEmbed, RoutineEmbed, Callout] })],
      }),
    },
    {
      name: 'relatedExercises',
      type: 'relationship',
      relationTo: 'exercises',
      hasMany: true,
      admin: { description: 'Shown after the article as exercises to try.' },
    },
    slugField('title'),
    { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true, admin: { position: 'sidebar' } },
    { name: 'author', type: 'relationship', relationTo: 'users', admin: { position: 'sidebar' } },
    {
      name: 'authorName',
      type: 'text',
      admin: { position: 'sidebar', readOnly: true, description: 'Shown on the site; taken from the author.' },
    },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description: 'Set when first published; you may change it.',
      },
    },
    {
      name: 'readingTimeMinutes',
      type: 'number',
      admin: { position: 'sidebar', readOnly: true, description: 'Computed from the text on save.' },
    },
    { name: 'featured', type: 'checkbox', defaultValue: false, index: true, admin: { position: 'sidebar' } },
    {
      name: 'imported',
      type: 'group',
      label: 'Import',
      admin: {
        position: 'sidebar',
        condition: (data) => Boolean(data?.imported?.sourceId),
        description: 'Where this article came from when it was imported from the old blog.',
      },
      fields: [
        { name: 'sourceId', type: 'text', index: true, admin: { readOnly: true, description: 'Matches re-imports of the same post.' } },
        { name: 'sourceFile', type: 'text', admin: { readOnly: true } },
        { name: 'importedAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'note', type: 'textarea', admin: { description: 'What the importer could not do for you: check these before publishing.' } },
      ],
    },
  ],
}
