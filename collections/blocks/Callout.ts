import type { Block } from 'payload'

/** A highlighted aside: a tip, a note, or a caution readers should not miss. */
export const Callout: Block = {
  slug: 'callout',
  interfaceName: 'CalloutBlock',
  fields: [
    {
      name: 'tone',
      type: 'select',
      required: true,
      defaultValue: 'tip',
      options: [
        { label: 'Tip', value: 'tip' },
        { label: 'Note', value: 'note' },
        { label: 'Caution', value: 'caution' },
      ],
    },
    { name: 'title', type: 'text' },
    { name: 'body', type: 'textarea', required: true },
  ],
}
