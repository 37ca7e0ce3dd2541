import type { Block } from 'payload'

/** An exercise shown inside an article as a compact card linking to the exercise page. */
export const ExerciseEmbed: Block = {
  slug: 'exerciseEmbed',
  interfaceName: 'ExerciseEmbedBlock',
  labels: { singular: 'Exercise', plural: 'Exercises' },
  fields: [
    { name: 'exercise', type: 'relationship', relationTo: 'exercises', required: true },
    {
      name: 'note',
      type: 'text',
      admin: { description: 'Optional line shown with the card, e.g. "Do this one after a long day of sitting."' },
    },
  ],
}
