import type { CollectionConfig, Validate } from 'payload'

import { findOpeningHoursProblems, type OpeningRange } from '../lib/model/opening-hours'
import { WEEKDAYS } from '../lib/model/taxonomy'
import { anyone, isStaff } from './access'
import { slugField } from './fields/slug'
import { validateHttpsUrl, validateTimeZone } from './fields/validators'
import { revalidateCollection } from './hooks/revalidate'
import { withSlugRedirects } from './hooks/slugRedirects'
import { safeUrlHooks } from './fields/safeUrls'

const validateOpeningHours: Validate<unknown[] | null | undefined> = (value) => {
  const problems = findOpeningHoursProblems((value ?? []) as OpeningRange[])
  return problems.length === 0 ? true : problems.join(' ')
}

const coordinate =
  (min: number, max: number, label: string): Validate<number | null | undefined> =>
  (value) =>
    value === null || value === undefined || (value >= min && value <= max)
      ? true
      : `${label} must be between ${min} and ${max}.`

export const Locations: CollectionConfig = {
  slug: 'locations',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'timeZone', 'updatedAt'], group: 'Studio' },
  access: { read: anyone, create: isStaff, update: isStaff, delete: isStaff },
  hooks: withSlugRedirects(revalidateCollection('locations')),
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'description', type: 'textarea', maxLength: 500 },
    { name: 'image', type: 'upload', relationTo: 'media' },
    {
      name: 'address',
      type: 'group',
      fields: [
        { name: 'street', type: 'text', required: true },
        {
          type: 'row',
          fields: [
            { name: 'city', type: 'text', required: true },
            { name: 'region', type: 'text' },
            { name: 'postalCode', type: 'text' },
          ],
        },
        { name: 'country', type: 'text', required: true, defaultValue: 'United States' },
      ],
    },
    {
      name: 'geo',
      type: 'group',
      label: 'Map coordinates',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'latitude', type: 'number', validate: coordinate(-90, 90, 'Latitude') },
            { name: 'longitude', type: 'number', validate: coordinate(-180, 180, 'Longitude') },
          ],
        },
      ],
    },
    { name: 'phone', type: 'text' },
    { name: 'email', type: 'email' },
    {
      name: 'timeZone',
      type: 'text',
      required: true,
      defaultValue: 'America/New_York',
      validate: validateTimeZone,
      admin: { description: 'IANA name, e.g. America/Los_Angeles. Hours below are in this time zone.' },
    },
    {
      name: 'openingHours',
      type: 'array',
      labels: { singular: 'Opening range', plural: 'Opening hours' },
      validate: validateOpeningHours,
      admin: { description: 'One row per opening range; several per day are fine. Days without a row are closed.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'day', type: 'select', required: true, options: WEEKDAYS },
            { name: 'opens', type: 'text', required: true, admin: { placeholder: '07:00' } },
            { name: 'closes', type: 'text', required: true, admin: { placeholder: '12:00' } },
          ],
        },
      ],
    },
    {
      name: 'specialClosures',
      type: 'array',
      labels: { singular: 'Closure', plural: 'Special closures' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'date', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayOnly' } } },
            { name: 'note', type: 'text', required: true, admin: { placeholder: 'Closed for Thanksgiving' } },
          ],
        },
      ],
    },
    {
      name: 'bookingUrl',
      type: 'text',
      hooks: safeUrlHooks,
      validate: (value: string | null | undefined) => validateHttpsUrl(value),
    },
    slugField('name'),
  ],
}
