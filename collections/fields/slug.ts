import type { CollectionSlug, FieldHook, PayloadRequest, TextField } from 'payload'
import { ValidationError } from 'payload'

import { slugify } from '../../lib/model/slug'
import { validateSlug } from './validators'

type Taken = { id: number | string; slug?: string | null } & Record<string, unknown>

/** Documents of the collection (other than this one) whose slug is `base` or `base-<n>`. */
async function slugsLike(req: PayloadRequest, collection: CollectionSlug, base: string, ownId: unknown, titleField: string): Promise<Taken[]> {
  const { docs } = await req.payload.find({
    collection,
    where: {
      and: [
        { or: [{ slug: { equals: base } }, { slug: { like: `${base}-` } }] },
        ...(ownId === undefined || ownId === null ? [] : [{ id: { not_equals: ownId } }]),
      ],
    },
    pagination: false,
    depth: 0,
    select: { slug: true, [titleField]: true },
    overrideAccess: true,
    req,
  })
  return docs as unknown as Taken[]
}

/** `base`, or the first of `base-2`, `base-3` … that no other document uses. */
export function firstFreeSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken)
  if (!used.has(base)) return base
  // Slugs stop at 120 characters: the number must fit.
  const numbered = (n: number) => `${base.slice(0, 120 - `-${n}`.length).replace(/-+$/, '')}-${n}`
  let n = 2
  while (used.has(numbered(n))) n++
  return numbered(n)
}

const fillFrom =
  (sourceField: string): FieldHook =>
  async ({ value, data, originalDoc, collection, req, path }) => {
    const ownId = originalDoc?.id ?? data?.id
    const titleField = collection?.admin?.useAsTitle ?? sourceField
    const typed = typeof value === 'string' && value.trim() ? slugify(value) : null
    if (typed) {
      // Typed by hand: a collision is the editor's to resolve, with a clear reason (also for drafts).
      const clash = collection ? (await slugsLike(req, collection.slug as CollectionSlug, typed, ownId, titleField)).find((doc) => doc.slug === typed) : null
      if (clash) {
        const title = typeof clash[titleField] === 'string' ? ` by "${clash[titleField]}"` : ''
        throw new ValidationError({
          collection: collection?.slug,
          errors: [{ path: (path ?? ['slug']).join('.'), message: `The slug "${typed}" is already used${title}: choose another one, or leave it empty to get a free one.` }],
        })
      }
      return typed
    }
    const source = data?.[sourceField] ?? originalDoc?.[sourceField]
    if (typeof source !== 'string' || !slugify(source)) return value
    const base = slugify(source)
    if (!collection) return base
    // Made from the title: a second "Same title" becomes same-title-2 instead of an error.
    const taken = await slugsLike(req, collection.slug as CollectionSlug, base, ownId, titleField)
    return firstFreeSlug(base, taken.map((doc) => doc.slug ?? ''))
  }

/**
 * A unique, URL-safe slug made from `sourceField` when left empty (the first free one:
 * `same-title`, `same-title-2` …), editable by hand, normalised to lowercase-kebab on save.
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
      description: `The address of the page. Made from the ${sourceField} when left empty; a taken one gets -2, -3 …`,
    },
  }
}
