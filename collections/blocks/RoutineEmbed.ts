import type { Block } from 'payload'

/** A routine shown inside an article as a card linking to its follow-along page. */
export const RoutineEmbed: Block = {
  slug: 'routineEmbed',
  interfaceName: 'RoutineEmbedBlock',
  labels: { singular: 'Routine', plural: 'Routines' },
  fields: [
    { name: 'routine', type: 'relationship', relationTo: 'routines', required: true },
    {
      name: 'note',
      type: 'text',
      maxLength: 160,
      admin: { description: 'Optional line shown with the card, e.g. "Try this after reading."' },
    },
  ],
}
