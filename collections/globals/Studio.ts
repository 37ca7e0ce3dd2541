import type { GlobalConfig } from 'payload'

import { isLoggedIn, isStaff, publishedOrLoggedIn } from '../access'
import { validateHttpsUrl } from '../fields/validators'
import { revalidateGlobal } from '../hooks/revalidate'
import { previewButton } from '../preview'
import { safeUrlHooks } from '../fields/safeUrls'

export const Studio: GlobalConfig = {
  slug: 'studio',
  label: 'Studio',
  admin: { group: 'Studio', preview: previewButton('studio') },
  access: {
    read: publishedOrLoggedIn,
    readVersions: isLoggedIn,
    update: isStaff,
  },
  versions: { drafts: { autosave: { interval: 1500 } }, max: 30 },
  hooks: { afterChange: [revalidateGlobal('studio')] },
  fields: [
    { name: 'name', type: 'text', required: true, defaultValue: 'B The Method' },
    {
      name: 'tagline',
      type: 'text',
      defaultValue: 'Low-impact mobility with a small ball, your breath and full attention.',
    },
    { name: 'mission', type: 'textarea', maxLength: 1000 },
    {
      name: 'aboutTheMethod',
      type: 'textarea',
      maxLength: 2000,
      admin: { description: 'A short "about the method" text for the home and studio pages.' },
    },
    {
      name: 'contact',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'email', type: 'email' },
            { name: 'phone', type: 'text' },
          ],
        },
      ],
    },
    {
      name: 'socialLinks',
      type: 'array',
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'platform',
              type: 'select',
              required: true,
              options: ['instagram', 'facebook', 'youtube', 'tiktok', 'pinterest', 'linkedin'].map((value) => ({
                value,
                label: value[0].toUpperCase() + value.slice(1),
              })),
            },
            { name: 'url', type: 'text', required: true, hooks: safeUrlHooks, validate: (value: string | null | undefined) => validateHttpsUrl(value, { required: true }) },
          ],
        },
      ],
    },
    { name: 'bookingUrl', type: 'text', hooks: safeUrlHooks, validate: (value: string | null | undefined) => validateHttpsUrl(value) },
    {
      name: 'defaultSeoImage',
      type: 'upload',
      relationTo: 'media',
      admin: { description: 'Used when a page shares without an image of its own (1200x630 works best).' },
    },
  ],
}
