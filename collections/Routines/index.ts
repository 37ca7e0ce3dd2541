import type { CollectionConfig } from 'payload'

import { EXCERPT_MAX } from '../../lib/model/limits'
import { BODY_AREAS, LEVELS } from '../../lib/model/taxonomy'
import { isLoggedIn, isStaff, publishedOrLoggedIn } from '../access'
import { slugField } from '../fields/slug'
import { findUsesOfRoutine, refuseDeleteWhileUsed, tagsOfUses } from '../hooks/references'
import { revalidateCollection } from '../hooks/revalidate'
import { withSlugRedirects } from '../hooks/slugRedirects'
import { previewButton } from '../preview'
import { editorialVersions } from '../versions'
import { computeTotalTime, copyExerciseDoses, stepsField } from './steps'

/**
 * Follow-along routines: exercises from the library put in order with their doses and
 * rests, read on the page or played step by step with a timer.
 */
export const Routines: CollectionConfig = {
  slug: 'routines',
  admin: {
    preview: previewButton('routines'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'level', 'totalSeconds', '_status', 'updatedAt'],
    group: 'Content',
    description: 'Guided sessions built from the exercise library. Save drafts freely; only published routines reach the site.',
  },
  access: {
    read: publishedOrLoggedIn,
    readVersions: isLoggedIn,
    create: isStaff,
    update: isStaff,
    delete: isStaff,
  },
  versions: editorialVersions,
  defaultSort: 'title',
  hooks: withSlugRedirects({
    // Articles show embedded routines as cards: expire those pages too.
    ...revalidateCollection('routines', tagsOfUses(findUsesOfRoutine)),
    beforeValidate: [copyExerciseDoses],
    beforeChange: [computeTotalTime],
    beforeDelete: [refuseDeleteWhileUsed('routine', findUsesOfRoutine)],
  }),
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 120 },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      maxLength: EXCERPT_MAX,
      admin: { description: `One or two sentences for cards and search results (at most ${EXCERPT_MAX} characters).` },
    },
    {
      name: 'goal',
      type: 'textarea',
      maxLength: 400,
      admin: { description: 'What it is for and when to do it, e.g. "After a long day at the desk, to let the hips and low back soften."' },
    },
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    stepsField,
    slugField('title'),
    { name: 'level', type: 'select', required: true, options: LEVELS, defaultValue: 'beginner', index: true, admin: { position: 'sidebar' } },
    { name: 'bodyAreas', type: 'select', hasMany: true, required: true, options: BODY_AREAS, admin: { position: 'sidebar' } },
    {
      name: 'totalSeconds',
      type: 'number',
      label: 'Total time (seconds)',
      index: true,
      admin: { position: 'sidebar', readOnly: true, description: 'Worked out from the steps on save: work at a calm 4 s per rep, holds, sides, sets and rests.' },
    },
  ],
}
