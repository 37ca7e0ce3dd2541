import { randomBytes } from 'node:crypto'
import type { CollectionBeforeChangeHook, CollectionConfig, FieldHook, Validate } from 'payload'

import { SHAREABLE_COLLECTIONS } from '../lib/preview/preview-url'
import { hashShareToken, issueShareToken, SHARE_DEFAULT_DAYS, SHARE_MAX_DAYS } from '../lib/preview/share-links'
import { isLoggedIn, isStaff, isStaffOrMarketing } from './access'

const DAY = 24 * 3600_000

const validateExpiry: Validate<string | Date | null | undefined> = (value) => {
  if (!value) return 'Choose until when the link works.'
  const at = new Date(value).getTime()
  if (Number.isNaN(at) || at <= Date.now()) return 'The end date must be in the future.'
  if (at > Date.now() + SHARE_MAX_DAYS * DAY + 60_000) return `A share link can work for ${SHARE_MAX_DAYS} days at most.`
  return true
}

/** A fresh random nonce (and the hash of its signed token) for every new link. */
const issueToken: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (operation !== 'create') return data
  const nonce = randomBytes(18).toString('base64url')
  return { ...data, nonce, tokenHash: hashShareToken(issueShareToken(nonce)) }
}

const shareUrl: FieldHook = ({ siblingData }) =>
  siblingData?.nonce ? `${process.env.NEXT_PUBLIC_SERVER_URL ?? ''}/preview/share/${issueShareToken(siblingData.nonce)}` : null

export const PreviewLinks: CollectionConfig = {
  slug: 'preview-links',
  labels: { singular: 'Share link', plural: 'Share links' },
  admin: {
    group: 'Content',
    useAsTitle: 'label',
    defaultColumns: ['label', 'document', 'expiresAt', 'revoked'],
    description: 'Let a reviewer without an account see one draft, read-only, for a limited time. Revoke to stop it at once.',
  },
  access: { read: isStaffOrMarketing, create: isStaffOrMarketing, update: isStaffOrMarketing, delete: isStaff },
  hooks: { beforeChange: [issueToken] },
  fields: [
    { name: 'label', type: 'text', required: true, admin: { description: 'Who it is for, e.g. "Photographer review".' } },
    { name: 'document', type: 'relationship', relationTo: [...SHAREABLE_COLLECTIONS], required: true },
    {
      name: 'expiresAt',
      type: 'date',
      required: true,
      defaultValue: () => new Date(Date.now() + SHARE_DEFAULT_DAYS * DAY).toISOString(),
      validate: validateExpiry,
      admin: { date: { pickerAppearance: 'dayAndTime' }, description: `Default ${SHARE_DEFAULT_DAYS} days, at most ${SHARE_MAX_DAYS}.` },
    },
    { name: 'revoked', type: 'checkbox', defaultValue: false, admin: { description: 'Stops the link immediately.' } },
    {
      name: 'shareUrl',
      type: 'text',
      virtual: true,
      access: { read: isLoggedIn as never },
      hooks: { afterRead: [shareUrl] },
      admin: { readOnly: true, description: 'Copy this link for the reviewer.' },
    },
    { name: 'nonce', type: 'text', admin: { hidden: true }, access: { read: () => false, update: () => false } },
    { name: 'tokenHash', type: 'text', index: true, unique: true, admin: { hidden: true }, access: { read: () => false, update: () => false } },
  ],
}
