import type { Field, GroupField } from 'payload'

import { LINKABLE_COLLECTIONS } from '../../lib/model/collections'
import { validateLinkUrl } from './validators'
import { safeUrlHooks } from './safeUrls'


/** A link to a document of ours (kept right when its slug changes) or to any URL. */
export function linkGroup(name = 'link'): GroupField {
  return {
    name,
    type: 'group',
    interfaceName: 'LinkField',
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'type',
            type: 'radio',
            defaultValue: 'custom',
            options: [
              { label: 'Page on this site', value: 'internal' },
              { label: 'Custom URL', value: 'custom' },
            ],
          },
          { name: 'newTab', type: 'checkbox', label: 'Open in a new tab' },
        ],
      },
      { name: 'label', type: 'text', required: true, maxLength: 60 },
      {
        name: 'reference',
        type: 'relationship',
        relationTo: [...LINKABLE_COLLECTIONS],
        admin: { condition: (_, sibling) => sibling?.type === 'internal' },
        validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
          siblingData?.type !== 'internal' || value ? true : 'Choose the page this link points to.',
      },
      {
        name: 'url',
        type: 'text',
        admin: {
          condition: (_, sibling) => sibling?.type !== 'internal',
          description: 'A path on this site (/studio), an https:// address, mailto: or tel:.',
        },
        hooks: safeUrlHooks,
        validate: (value: string | null | undefined, { siblingData }: { siblingData: Record<string, unknown> }) =>
          siblingData?.type === 'internal' ? true : validateLinkUrl(value),
      },
    ] as Field[],
  }
}
