import type { FieldHook, TextField } from 'payload'

import { slugify } from '../../lib/model/slug'
import { validateSlug } from './validators'

const fillFrom =
  (sourceField: string): FieldHook =>
  ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    const source = data?.[sourceField] ?? originalDoc?.[sourceField]
    return typeof source === 'string' ? slugify(source) : value
  }

/**
 * A unique, URL-safe slug made from `sourceField` when left empty, editable by hand,
 * normalised to lowercase-kebab on save.
 */
export function slugField(sourceField = 'title'): TextField {
  return {
    name: 'slug',
    type: 'text',
    unique: true,
    index: true,
    required: true,
    validate: validateSlug,
    hooks: { beforeValidate: [fillFrom(sourceField)] },
    admin: {
      position: 'sidebar',
      description: `The address of the page. Made from the ${sourceField} when left empty.`,
    },
  }
}
