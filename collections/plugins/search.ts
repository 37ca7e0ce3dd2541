import { searchPlugin } from '@payloadcms/plugin-search'
import type { BeforeSync } from '@payloadcms/plugin-search/types'
import type { Field } from 'payload'

import { lexicalToPlainText } from '../../lib/richtext/text'
import { SEARCH_PRIORITIES, SEARCHABLE_COLLECTIONS } from '../../lib/model/collections'
import { isLoggedIn, isStaff } from '../access'


/** Long bodies are cut: the rank and the snippet only need the opening few thousand words. */
const BODY_MAX_CHARS = 20_000

type Source = Record<string, unknown> & {
  title?: string
  name?: string
  slug?: string
  excerpt?: string
  summary?: string
  description?: string
  content?: unknown
  aliases?: string[] | null
  steps?: { instruction?: string }[] | null
  cues?: { cue?: string }[] | null
  cautions?: { caution?: string }[] | null
  goal?: string | null
  /** A routine's steps: exercise ids (names looked up in one query) and cues. */
  routineSteps?: { exercise?: unknown; cue?: string | null }[] | null
}

const lines = (items: (string | undefined | null)[]) => items.filter(Boolean).join('\n')

/** The three weighted parts of a search entry: title (A), summary (B), body (C). */
export function searchTextOf(collection: string, doc: Source): { title: string; summary: string; body: string } {
  switch (collection) {
    case 'articles':
      return {
        title: doc.title ?? '',
        summary: doc.excerpt ?? '',
        body: lexicalToPlainText(doc.content as never),
      }
    case 'exercises':
      return {
        title: lines([doc.name, ...(doc.aliases ?? [])]),
        summary: doc.summary ?? '',
        body: lines([
          ...(doc.steps ?? []).map((step) => step.instruction),
          ...(doc.cues ?? []).map((cue) => cue.cue),
          ...(doc.cautions ?? []).map((caution) => caution.caution),
        ]),
      }
    case 'routines':
      return {
        title: doc.title ?? '',
        summary: lines([doc.summary, doc.goal]),
        body: lines((doc.routineSteps ?? []).flatMap((step) => [step.exercise as string | undefined, step.cue])),
      }
    default:
      return { title: doc.name ?? doc.title ?? '', summary: doc.description ?? '', body: '' }
  }
}

type RoutineStep = { exercise?: number | string | { id: number | string; name?: string } | null; cue?: string | null }

/** A routine is found by the exercises in it: their names, in one query. */
async function withExerciseNames({ payload, req }: Pick<Parameters<BeforeSync>[0], 'payload' | 'req'>, steps: RoutineStep[]): Promise<Source['routineSteps']> {
  const idOf = (exercise: RoutineStep['exercise']) => (exercise && typeof exercise === 'object' ? exercise.id : exercise)
  const ids = [...new Set(steps.map((step) => idOf(step.exercise)).filter((id) => id !== null && id !== undefined))]
  const { docs } = ids.length
    ? // Inside the saving request's transaction when there is one (the reindex on start has none).
      await payload.find({ collection: 'exercises', where: { id: { in: ids } }, pagination: false, depth: 0, select: { name: true }, overrideAccess: true, ...(req?.payload ? { req } : {}) })
    : { docs: [] }
  const names = new Map(docs.map((doc) => [String(doc.id), doc.name]))
  return steps.map((step) => ({ exercise: names.get(String(idOf(step.exercise))), cue: step.cue }))
}

export const addSearchText: BeforeSync = async ({ collectionSlug, originalDoc, payload, req, searchDoc }) => {
  const source: Source =
    collectionSlug === 'routines' ? { ...originalDoc, routineSteps: await withExerciseNames({ payload, req }, (originalDoc.steps ?? []) as RoutineStep[]) } : originalDoc
  const text = searchTextOf(collectionSlug, source)
  return {
    ...searchDoc,
    title: text.title.split('\n')[0] || searchDoc.title,
    slug: source.slug,
    summary: text.summary,
    // Aliases stay searchable at title weight without showing in the result's heading.
    aliases: text.title.split('\n').slice(1).join(', '),
    body: text.body.slice(0, BODY_MAX_CHARS),
  }
}

const searchFields: Field[] = [
  { name: 'slug', type: 'text', index: true, admin: { readOnly: true } },
  { name: 'summary', type: 'textarea', admin: { readOnly: true } },
  { name: 'aliases', type: 'text', admin: { readOnly: true } },
  { name: 'body', type: 'textarea', admin: { readOnly: true, description: 'Plain text of the page, used for matching and snippets.' } },
]

/**
 * Payload's search plugin keeps one row per published article, exercise and class in
 * the "search" collection (drafts are left out, unpublished ones removed). A migration
 * adds a weighted tsvector over that table; lib/content/search.ts queries it.
 */

export const search = searchPlugin({
  collections: [...SEARCHABLE_COLLECTIONS],
  defaultPriorities: SEARCH_PRIORITIES,
  beforeSync: addSearchText,
  searchOverrides: {
    labels: { singular: 'Search entry', plural: 'Search index' },
    admin: { group: 'Site', description: 'Filled automatically from published content; use "Reindex" after bulk changes.' },
    // Rows are written by hooks; staff may delete or rebuild them ("Reindex"), nobody else.
    access: { read: isLoggedIn, update: isStaff, delete: isStaff },
    fields: ({ defaultFields }) => [...defaultFields, ...searchFields],
  },
})
