import type { CollectionBeforeChangeHook, CollectionConfig, Validate } from 'payload'
import { ValidationError } from 'payload'

import { BILLING_PERIODS, OFFERING_KINDS } from '../lib/model/taxonomy'
import { hasRole } from '../lib/model/roles'
import { isLoggedIn, isStaff, isStaffOrMarketing, publishedOrLoggedIn } from './access'
import { slugField } from './fields/slug'
import { isValidCurrency, validateHttpsUrl } from './fields/validators'
import { editorialVersions } from './versions'
import { revalidateCollection } from './hooks/revalidate'
import { previewButton } from './preview'
import { safeUrlHooks } from './fields/safeUrls'

const validateAmount: Validate<number | null | undefined> = (value) => {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    return 'Give the price in minor units as a whole number, e.g. 2500 for 25.00.'
  }
  return value <= 10_000_000 ? true : 'That price looks wrong: it is over 100,000.'
}

const validateCurrency: Validate<string | null | undefined> = (value) =>
  value && isValidCurrency(value) ? true : 'Use a three-letter ISO 4217 currency code such as USD, EUR or GBP.'

/** Marketing prepares offerings as drafts; an editor or admin puts prices live. */
const marketingSavesDraftsOnly: CollectionBeforeChangeHook = ({ data, req }) => {
  if (hasRole(req.user as { role?: 'admin' | 'editor' | 'marketing' }, 'marketing') && data._status === 'published') {
    throw new ValidationError({
      collection: 'offerings',
      errors: [{ path: '_status', message: 'Marketing can save offerings as drafts; an editor publishes them.' }],
    })
  }
  return data
}

export const Offerings: CollectionConfig = {
  slug: 'offerings',
  admin: {
    preview: previewButton('offerings'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'featured', '_status', 'sortOrder'],
    group: 'Studio',
  },
  access: {
    read: publishedOrLoggedIn,
    readVersions: isLoggedIn,
    create: isStaffOrMarketing,
    update: isStaffOrMarketing,
    delete: isStaff,
  },
  versions: editorialVersions,
  defaultSort: 'sortOrder',
  hooks: { ...revalidateCollection('offerings'), beforeChange: [marketingSavesDraftsOnly] },
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'kind', type: 'select', required: true, options: OFFERING_KINDS },
    { name: 'shortDescription', type: 'textarea', required: true, maxLength: 300 },
    {
      name: 'price',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'amount',
              type: 'number',
              required: true,
              validate: validateAmount,
              admin: { description: 'In minor units: 2500 means 25.00.' },
            },
            { name: 'currency', type: 'text', required: true, defaultValue: 'USD', validate: validateCurrency },
            {
              name: 'billingPeriod',
              type: 'select',
              required: true,
              defaultValue: 'one-time',
              options: BILLING_PERIODS,
            },
          ],
        },
      ],
    },
    {
      name: 'included',
      type: 'array',
      label: 'What is included',
      fields: [{ name: 'item', type: 'text', required: true, maxLength: 140 }],
    },
    { name: 'image', type: 'upload', relationTo: 'media' },
    {
      name: 'checkoutUrl',
      type: 'text',
      required: true,
      label: 'Checkout or booking URL',
      hooks: safeUrlHooks,
      validate: (value: string | null | undefined) => validateHttpsUrl(value, { required: true }),
      admin: { description: 'The studio\'s existing checkout or booking page (https). We take no payments here.' },
    },
    slugField('name'),
    { name: 'featured', type: 'checkbox', defaultValue: false, admin: { position: 'sidebar' } },
    { name: 'sortOrder', type: 'number', defaultValue: 100, admin: { position: 'sidebar', description: 'Lower comes first.' } },
  ],
}
