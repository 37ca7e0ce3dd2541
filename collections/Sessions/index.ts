import type { CollectionBeforeChangeHook, CollectionBeforeValidateHook, CollectionConfig } from 'payload'

import { WEEKDAYS } from '../../lib/model/taxonomy'
import { anyone, isStaff } from '../access'
import { safeUrlHooks } from '../fields/safeUrls'
import { validateHttpsUrl } from '../fields/validators'
import { revalidateCollection } from '../hooks/revalidate'
import { idOf, locationFacts, requiredFor, validateInstructorFree, validateStartTime } from './checks'

const dayOnly = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'EEE d MMM yyyy' } }
const weeklyOnly = { condition: (_: unknown, sibling: { kind?: string }) => sibling?.kind !== 'once' }
const onceOnly = { condition: (_: unknown, sibling: { kind?: string }) => sibling?.kind === 'once' }

/** A session without its own length lasts as long as its class. */
const useClassLength: CollectionBeforeValidateHook = async ({ data, req, originalDoc }) => {
  if (!data || data.durationMinutes) return data
  const classId = idOf(data.class ?? originalDoc?.class)
  if (classId === null) return data
  const found = await req.payload.find({ collection: 'classes', where: { id: { equals: classId } }, limit: 1, depth: 0, draft: true, select: { durationMinutes: true }, overrideAccess: true, req })
  return { ...data, durationMinutes: found.docs[0]?.durationMinutes ?? data.durationMinutes }
}

const DAY = Object.fromEntries(WEEKDAYS.map((option) => [option.value, option.label.slice(0, 3)]))

/** "Ball Foundations · Mon 09:00 · Brooklyn" for the admin's lists and the clash message. */
const nameTheSlot: CollectionBeforeChangeHook = async ({ data, req, originalDoc }) => {
  const merged = { ...originalDoc, ...data }
  const classId = idOf(merged.class)
  const [klass, location] = await Promise.all([
    classId === null ? null : req.payload.find({ collection: 'classes', where: { id: { equals: classId } }, limit: 1, depth: 0, draft: true, select: { name: true }, overrideAccess: true, req }).then((found) => found.docs[0]),
    locationFacts(req, idOf(merged.location)),
  ])
  const when = merged.kind === 'once' ? String(merged.date ?? '').slice(0, 10) : DAY[merged.weekday as string]
  return { ...data, label: [klass?.name ?? 'Class', `${when} ${merged.startTime}`, location?.name].filter(Boolean).join(' · ') }
}

/**
 * The timetable: each class's weekly slots and one-off sessions, at a location, with an
 * instructor. Times are wall-clock in the location's time zone; cancellations are dates
 * with a reason that visitors see.
 */
export const Sessions: CollectionConfig = {
  slug: 'sessions',
  labels: { singular: 'Timetable slot', plural: 'Timetable' },
  admin: { useAsTitle: 'label', defaultColumns: ['label', 'instructor', 'kind'], group: 'Studio', listSearchableFields: ['label'] },
  access: { read: anyone, create: isStaff, update: isStaff, delete: isStaff },
  defaultSort: 'label',
  hooks: { beforeValidate: [useClassLength], beforeChange: [nameTheSlot], ...revalidateCollection('sessions') },
  fields: [
    { name: 'class', type: 'relationship', relationTo: 'classes', required: true },
    {
      name: 'kind',
      type: 'radio',
      required: true,
      defaultValue: 'weekly',
      options: [
        { label: 'Every week', value: 'weekly' },
        { label: 'Once', value: 'once' },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'weekday', type: 'select', options: WEEKDAYS, admin: weeklyOnly, validate: requiredFor('weekly', 'Choose the day of the week.') },
        { name: 'date', type: 'date', admin: { ...onceOnly, ...dayOnly }, validate: requiredFor('once', 'Choose the date of this session.') },
        { name: 'startTime', type: 'text', required: true, validate: validateStartTime, admin: { placeholder: '09:30', description: 'Local time at the location, 24-hour.' } },
        { name: 'durationMinutes', type: 'number', min: 10, max: 240, admin: { description: 'Empty: the length of the class.' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'location', type: 'relationship', relationTo: 'locations', required: true },
        { name: 'instructor', type: 'relationship', relationTo: 'instructors', validate: validateInstructorFree },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'validFrom', type: 'date', label: 'From', admin: { ...weeklyOnly, ...dayOnly, description: 'Optional: first week' } },
        { name: 'validUntil', type: 'date', label: 'Until', admin: { ...weeklyOnly, ...dayOnly, description: 'Optional: last week' } },
      ],
    },
    {
      name: 'bookingUrl',
      type: 'text',
      hooks: safeUrlHooks,
      validate: (value: string | null | undefined) => validateHttpsUrl(value),
      admin: { description: 'Optional: a booking link for this slot (otherwise the class’s, then the location’s).' },
    },
    {
      name: 'cancellations',
      type: 'array',
      admin: { ...weeklyOnly, description: 'Dates this slot does not run; visitors see the reason.' },
      labels: { singular: 'Cancellation', plural: 'Cancellations' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'date', type: 'date', required: true, admin: dayOnly },
            { name: 'reason', type: 'text', required: true, maxLength: 140, admin: { placeholder: 'Maya is at a workshop' } },
          ],
        },
      ],
    },
    { name: 'cancelled', type: 'checkbox', admin: onceOnly },
    {
      name: 'cancelReason',
      type: 'text',
      maxLength: 140,
      admin: { condition: (_, sibling) => sibling?.kind === 'once' && Boolean(sibling?.cancelled) },
      validate: (value: unknown, { siblingData }: { siblingData: { cancelled?: boolean } }) =>
        !siblingData?.cancelled || value ? true : 'Say why, for the visitors who had planned to come.',
    },
    { name: 'label', type: 'text', admin: { readOnly: true, position: 'sidebar', description: 'Made from the class, time and place.' } },
  ],
}
