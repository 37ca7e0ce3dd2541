import type { Tab, Validate } from 'payload'

import {
  BODY_AREAS,
  EQUIPMENT,
  EXERCISE_CATEGORIES,
  FORCES,
  LEVELS,
  MECHANICS,
  MUSCLES,
  POSITIONS,
} from '../../lib/model/taxonomy'
import { safeUrlHooks } from '../fields/safeUrls'
import { doseFields } from '../fields/dose'
import { validateHttpsUrl } from '../fields/validators'

const VIDEO_HOSTS = ['youtube.com', 'www.youtube.com', 'youtu.be', 'vimeo.com', 'player.vimeo.com', 'www.youtube-nocookie.com']

const validateVideoUrl: Validate<string | null | undefined> = (value, { siblingData }) => {
  const source = (siblingData as { source?: string } | undefined)?.source
  if (source !== 'external') return true
  const basic = validateHttpsUrl(value, { required: true })
  if (basic !== true) return basic
  const host = new URL(value!).hostname
  return VIDEO_HOSTS.includes(host) ? true : 'Use a YouTube or Vimeo link, or upload the video file instead.'
}

/** The three tabs of the exercise form: what it is, how to do it, and its pictures and video. */
export const overviewTab: Tab = {
  label: 'Overview',
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    {
      name: 'aliases',
      type: 'text',
      hasMany: true,
      admin: { description: 'Other names people search for, e.g. "bridge", "hip lift".' },
    },
    { name: 'summary', type: 'textarea', required: true, maxLength: 400 },
    {
      type: 'row',
      fields: [
        { name: 'level', type: 'select', required: true, options: LEVELS, defaultValue: 'beginner' },
        { name: 'position', type: 'select', required: true, options: POSITIONS },
        { name: 'category', type: 'select', options: EXERCISE_CATEGORIES, defaultValue: 'mobility' },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'mechanic', type: 'select', options: MECHANICS },
        { name: 'force', type: 'select', options: FORCES },
        {
          name: 'durationMinutes',
          type: 'number',
          min: 1,
          max: 60,
          required: true,
          defaultValue: 3,
          admin: { description: 'About how long it takes, all sets included.' },
        },
      ],
    },
    { name: 'bodyAreas', type: 'select', hasMany: true, required: true, options: BODY_AREAS },
    { name: 'equipment', type: 'select', hasMany: true, required: true, options: EQUIPMENT },
    { name: 'primaryMuscles', type: 'select', hasMany: true, options: MUSCLES },
    { name: 'secondaryMuscles', type: 'select', hasMany: true, options: MUSCLES },
  ],
}

export const howToTab: Tab = {
  label: 'How to',
  fields: [
    {
      name: 'dose',
      type: 'group',
      admin: { description: 'How much: repetitions or a held position, per side or not, in sets.' },
      fields: [
        {
          type: 'row',
          fields: doseFields(),
        },
      ],
    },
    {
      name: 'steps',
      type: 'array',
      required: true,
      minRows: 1,
      labels: { singular: 'Step', plural: 'Steps' },
      fields: [{ name: 'instruction', type: 'textarea', required: true, maxLength: 400 }],
    },
    {
      name: 'cues',
      type: 'array',
      labels: { singular: 'Coaching cue', plural: 'Coaching cues' },
      fields: [{ name: 'cue', type: 'text', required: true, maxLength: 200 }],
    },
    {
      name: 'breath',
      type: 'group',
      label: 'Breath pattern',
      fields: [
        { type: 'row', fields: [
          { name: 'inhale', type: 'text', admin: { description: 'Inhale on ... e.g. "as you lower"' } },
          { name: 'exhale', type: 'text', admin: { description: 'Exhale on ... e.g. "as you press the ball"' } },
        ] },
      ],
    },
    {
      name: 'variations',
      type: 'array',
      labels: { singular: 'Modification or progression', plural: 'Modifications and progressions' },
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'modification',
          options: [
            { label: 'Modification (easier)', value: 'modification' },
            { label: 'Progression (harder)', value: 'progression' },
          ],
        },
        { name: 'name', type: 'text', required: true },
        { name: 'note', type: 'textarea' },
      ],
    },
    {
      name: 'cautions',
      type: 'array',
      label: 'Who should skip this',
      admin: { description: 'Contraindications and cautions, shown clearly on the exercise page.' },
      fields: [{ name: 'caution', type: 'text', required: true, maxLength: 300 }],
    },
  ],
}

export const mediaTab: Tab = {
  label: 'Media',
  fields: [
    { name: 'images', type: 'upload', relationTo: 'media', hasMany: true },
    {
      name: 'video',
      type: 'group',
      fields: [
        {
          name: 'source',
          type: 'radio',
          defaultValue: 'none',
          options: [
            { label: 'No video', value: 'none' },
            { label: 'Uploaded file', value: 'upload' },
            { label: 'YouTube or Vimeo link', value: 'external' },
          ],
        },
        {
          name: 'file',
          type: 'upload',
          relationTo: 'media',
          filterOptions: { mimeType: { in: ['video/mp4', 'video/webm'] } },
          admin: { condition: (_, sibling) => sibling?.source === 'upload' },
        },
        {
          name: 'captions',
          type: 'upload',
          relationTo: 'media',
          filterOptions: { mimeType: { equals: 'text/vtt' } },
          admin: {
            condition: (_, sibling) => sibling?.source === 'upload',
            description: 'Captions as a WebVTT (.vtt) file, so the video works without sound.',
          },
        },
        {
          name: 'url',
          type: 'text',
          hooks: safeUrlHooks,
          validate: validateVideoUrl,
          admin: { condition: (_, sibling) => sibling?.source === 'external' },
        },
      ],
    },
  ],
}
