import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import type { CollectionBeforeValidateHook, Field, FieldHook, Payload, PayloadRequest } from 'payload'
import { ValidationError } from 'payload'

import { normalizeSitePath } from '../../lib/model/site-path'
import { pathFor } from '../../lib/model/routes'
import { isLoggedIn, isStaff, isStaffOrMarketing } from '../access'
import { revalidateCollection } from '../hooks/revalidate'
import { PAGE_COLLECTIONS } from '../../lib/model/collections'

/** Longest chain of redirects followed when checking for a loop. */
const MAX_HOPS = 10

type RedirectTarget = {
  type?: 'reference' | 'custom' | null
  url?: string | null
  reference?: { relationTo: string; value: number | string | { id: number | string; slug?: string | null } } | null
}

/** Normalises a site path; anything else is left as typed so validation can name the problem. */
const normalizeFrom: FieldHook = ({ value }) =>
  typeof value === 'string' && value.trim().startsWith('/') ? normalizeSitePath(value) : value

const validateFrom = (value: string | null | undefined): true | string => {
  if (!value || !value.trim()) return 'Enter the old address, for example /blogs/news/hip-mobility.'
  if (/^[a-z]+:\/\//i.test(value.trim())) return 'Enter only the path of the old address (starting with /), not the domain.'
  if (!value.trim().startsWith('/')) return 'The old address must start with /.'
  if (/^\/(admin|api|_next)(\/|$)/.test(normalizeSitePath(value))) return 'Addresses under /admin, /api and /_next cannot be redirected.'
  return true
}

async function targetPath(payload: Payload, req: PayloadRequest, to: RedirectTarget | undefined): Promise<string | null> {
  if (!to) return null
  if (to.type === 'custom') return to.url?.startsWith('/') ? normalizeSitePath(to.url) : null
  const reference = to.reference
  if (!reference) return null
  const value = reference.value
  if (typeof value === 'object') return pathFor(reference.relationTo, value.slug)
  const doc = await payload.findByID({
    collection: reference.relationTo as 'articles',
    id: value,
    depth: 0,
    select: { slug: true },
    disableErrors: true,
    req,
  })
  return pathFor(reference.relationTo, doc?.slug)
}

/**
 * Refuses redirects that could only bounce a visitor around: one that points at its own
 * address, and one that closes a chain back to where it started (/a → /b → /a).
 */
const refuseLoops: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  const from = normalizeSitePath(String(data?.from ?? originalDoc?.from ?? ''))
  const to = (data?.to ?? originalDoc?.to) as RedirectTarget | undefined
  const field = to?.type === 'custom' ? 'to.url' : 'to.reference'
  let next = await targetPath(req.payload, req, to)
  const seen = [from]
  for (let hop = 0; next && hop < MAX_HOPS; hop++) {
    if (seen.includes(next)) {
      throw new ValidationError({
        collection: 'redirects',
        errors: [{ path: field, message: `This redirect would loop: ${[...seen, next].join(' → ')}.` }],
      })
    }
    seen.push(next)
    const onward = await req.payload.find({
      collection: 'redirects',
      where: { from: { equals: next }, ...(originalDoc?.id ? { id: { not_equals: originalDoc.id } } : {}) },
      limit: 1,
      depth: 0,
      req,
    })
    next = onward.docs[0] ? await targetPath(req.payload, req, onward.docs[0].to as RedirectTarget) : null
  }
  return data
}

function withRules(defaultFields: Field[]): Field[] {
  return defaultFields.map((field) => {
    if ('name' in field && field.name === 'from') {
      return {
        ...field,
        validate: validateFrom,
        hooks: { beforeValidate: [normalizeFrom] },
        admin: { description: 'The old path on this site, e.g. /blogs/news/hip-mobility. Query strings are ignored.' },
      } as Field
    }
    return field
  })
}

/**
 * Payload's redirects plugin: old addresses that lead to a document (follows it when its
 * slug changes again) or to a custom path. The site applies them where it would
 * otherwise answer 404; slug changes of published pages create them automatically.
 */
export const redirects = redirectsPlugin({
  collections: [...PAGE_COLLECTIONS],
  redirectTypes: ['308', '307'],
  redirectTypeFieldOverride: {
    defaultValue: '308',
    admin: { description: '308: moved for good (search engines update their links). 307: temporary.' },
  },
  overrides: {
    admin: {
      group: 'Site',
      useAsTitle: 'from',
      defaultColumns: ['from', 'to.type', 'type', 'updatedAt'],
      description: 'Old addresses that forward visitors. Created automatically when a published page changes its slug.',
    },
    access: { read: isLoggedIn, create: isStaffOrMarketing, update: isStaffOrMarketing, delete: isStaff },
    hooks: { beforeValidate: [refuseLoops], ...revalidateCollection('redirects') },
    fields: ({ defaultFields }) => withRules(defaultFields),
  },
})
