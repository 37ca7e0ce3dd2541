import { describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { validData, type ContentSlug } from './fixtures'

/**
 * The access matrix of the content model, run by each door into it (the Local API in
 * access-matrix.test.ts, GraphQL in access-matrix-graphql.test.ts): one table of who may
 * do what, so the doors cannot drift apart.
 */

export type Actor = 'anonymous' | 'admin' | 'editor' | 'marketing'
export type Operation = 'create' | 'readPublished' | 'readDraft' | 'update' | 'delete'

const Y = true
const N = false
/**
 * Who may do what. Rows are collections; for each actor:
 * [create, read published, read draft, update, delete]. Collections without drafts
 * have no draft to read: their "read draft" column is the same as read.
 */
export const matrix: Record<ContentSlug, Record<Actor, [boolean, boolean, boolean, boolean, boolean]>> = {
  articles: { anonymous: [N, Y, N, N, N], admin: [Y, Y, Y, Y, Y], editor: [Y, Y, Y, Y, Y], marketing: [Y, Y, Y, Y, N] },
  exercises: { anonymous: [N, Y, N, N, N], admin: [Y, Y, Y, Y, Y], editor: [Y, Y, Y, Y, Y], marketing: [N, Y, Y, N, N] },
  routines: { anonymous: [N, Y, N, N, N], admin: [Y, Y, Y, Y, Y], editor: [Y, Y, Y, Y, Y], marketing: [N, Y, Y, N, N] },
  classes: { anonymous: [N, Y, N, N, N], admin: [Y, Y, Y, Y, Y], editor: [Y, Y, Y, Y, Y], marketing: [N, Y, Y, N, N] },
  offerings: { anonymous: [N, Y, N, N, N], admin: [Y, Y, Y, Y, Y], editor: [Y, Y, Y, Y, Y], marketing: [Y, Y, Y, Y, N] },
  topics: { anonymous: [N, Y, Y, N, N], admin: [Y, Y, Y, Y, Y], editor: [Y, Y, Y, Y, Y], marketing: [N, Y, Y, N, N] },
  locations: { anonymous: [N, Y, Y, N, N], admin: [Y, Y, Y, Y, Y], editor: [Y, Y, Y, Y, Y], marketing: [N, Y, Y, N, N] },
  instructors: { anonymous: [N, Y, Y, N, N], admin: [Y, Y, Y, Y, Y], editor: [Y, Y, Y, Y, Y], marketing: [N, Y, Y, N, N] },
}
export const OPERATIONS: Operation[] = ['create', 'readPublished', 'readDraft', 'update', 'delete']
export const DRAFTS: ContentSlug[] = ['articles', 'exercises', 'routines', 'classes', 'offerings']
export const ROLES = ['admin', 'editor', 'marketing'] as const

/** Data for a new document as the actor would send it: a draft where the collection has drafts. */
export function newDocumentData(collection: ContentSlug): Record<string, unknown> {
  return { ...validData[collection](), ...(DRAFTS.includes(collection) ? { _status: 'draft' } : {}) }
}

/** The change each update attempt sends: articles and offerings go back to draft (marketing may only save those as drafts). */
export function updateData(collection: ContentSlug): Record<string, unknown> {
  return collection === 'offerings' || collection === 'articles' ? { _status: 'draft' } : {}
}

/** Creates a document as the system (overrideAccess), published or as a draft. */
export async function seedDoc(payload: Payload, collection: ContentSlug, status: 'published' | 'draft') {
  const hasDrafts = DRAFTS.includes(collection)
  return payload.create({
    collection,
    data: { ...validData[collection](), ...(hasDrafts ? { _status: status } : {}) } as never,
    draft: hasDrafts && status === 'draft',
  })
}

/** One `it` per collection and actor: runs every operation through `attempt` and compares with the matrix. */
export function describeAccessMatrix(
  title: string,
  attempt: (collection: ContentSlug, actor: Actor, operation: Operation) => Promise<boolean>,
): void {
  describe(title, () => {
    for (const [collection, actors] of Object.entries(matrix) as [ContentSlug, (typeof matrix)[ContentSlug]][]) {
      describe(collection, () => {
        for (const [actor, expected] of Object.entries(actors) as [Actor, boolean[]][]) {
          it(`${actor}: ${OPERATIONS.map((op, i) => `${op} ${expected[i] ? 'allowed' : 'denied'}`).join(', ')}`, async () => {
            const actual: boolean[] = []
            for (const operation of OPERATIONS) actual.push(await attempt(collection, actor, operation))
            expect(Object.fromEntries(OPERATIONS.map((op, i) => [op, actual[i]]))).toEqual(
              Object.fromEntries(OPERATIONS.map((op, i) => [op, expected[i]])),
            )
          })
        }
      })
    }
  })
}
