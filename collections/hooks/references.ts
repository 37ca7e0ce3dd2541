import type { CollectionBeforeDeleteHook, PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { cacheTags } from '../../lib/server/cache'

/** A page that uses an exercise or a routine, by the collection it belongs to. */
export type Use = { collection: 'articles' | 'routines'; title: string; slug: string }
type Row = { title: string; slug: string }
type Queryable = { pool: { query: (sql: string, params: unknown[]) => Promise<{ rows: Row[] }> } }

const query = (req: PayloadRequest, sql: string, params: unknown[]) => (req.payload.db as unknown as Queryable).pool.query(sql, params)

/**
 * Articles that embed a block pointing at a document, in the text of the published
 * article or of its latest draft. Embeds live inside rich-text JSON, so they are found
 * with a JSON path query; `relatedPath` adds a relationship field of the article.
 */
async function articlesEmbedding(req: PayloadRequest, blockType: string, field: string, id: number | string, relatedPath?: string) {
  const embedPath = `$.** ? (@.blockType == "${blockType}" && (@.${field} == $id || @.${field} == $text))`
  const vars = "jsonb_build_object('id', $2::numeric, 'text', $2::text)"
  const related = relatedPath
    ? `OR EXISTS (SELECT 1 FROM articles_rels r WHERE r.parent_id = a.id AND r.path = '${relatedPath}' AND r.${field}s_id = $2::int)`
    : ''
  const { rows } = await query(
    req,
    `SELECT a.title, a.slug FROM articles a WHERE jsonb_path_exists(a.content, $1::jsonpath, ${vars}) ${related}
     UNION
     SELECT v.version_title, v.version_slug FROM _articles_v v
       WHERE v.latest AND jsonb_path_exists(v.version_content, $1::jsonpath, ${vars})`,
    [embedPath, String(id)],
  )
  return rows
}

/** Routines with the exercise among their steps, published or in their latest draft. */
async function routinesWithExercise(req: PayloadRequest, exerciseId: number | string) {
  const { rows } = await query(
    req,
    `SELECT r.title, r.slug FROM routines r JOIN routines_steps s ON s._parent_id = r.id WHERE s.exercise_id = $1::int
     UNION
     SELECT v.version_title, v.version_slug FROM _routines_v v JOIN _routines_v_version_steps s ON s._parent_id = v.id
       WHERE v.latest AND s.exercise_id = $1::int`,
    [String(exerciseId)],
  )
  return rows
}

function distinct(collection: Use['collection'], rows: Row[]): Use[] {
  const seen = new Set<string>()
  return rows.filter((row) => row.slug && !seen.has(row.slug) && seen.add(row.slug)).map((row) => ({ collection, ...row }))
}

export async function findUsesOfExercise(req: PayloadRequest, exerciseId: number | string): Promise<Use[]> {
  const [articles, routines] = await Promise.all([
    articlesEmbedding(req, 'exerciseEmbed', 'exercise', exerciseId, 'relatedExercises'),
    routinesWithExercise(req, exerciseId),
  ])
  return [...distinct('articles', articles), ...distinct('routines', routines)]
}

export async function findUsesOfRoutine(req: PayloadRequest, routineId: number | string): Promise<Use[]> {
  return distinct('articles', await articlesEmbedding(req, 'routineEmbed', 'routine', routineId))
}

type FindUses = (req: PayloadRequest, id: number | string) => Promise<Use[]>

/** "an article", "2 routines", "an article and a routine". */
export function describeUses(uses: Use[]): string {
  const part = (collection: Use['collection'], one: string, many: string) => {
    const count = uses.filter((use) => use.collection === collection).length
    return count === 0 ? null : count === 1 ? one : `${count} ${many}`
  }
  return [part('articles', 'an article', 'articles'), part('routines', 'a routine', 'routines')].filter(Boolean).join(' and ')
}

/**
 * What other pages show cannot simply vanish: deleting it is refused with the titles
 * of the pages to edit first.
 */
export function refuseDeleteWhileUsed(thing: string, findUses: FindUses): CollectionBeforeDeleteHook {
  return async ({ id, req }) => {
    const uses = await findUses(req, id)
    if (uses.length === 0) return
    const titles = uses.map((use) => `"${use.title}"`).join(', ')
    throw new APIError(`This ${thing} is used in ${describeUses(uses)}: ${titles}. Remove it there first, then delete it.`, 409, null, true)
  }
}

/** The cached pages that show a document elsewhere: expired when it changes. */
export function tagsOfUses(findUses: FindUses) {
  return async ({ doc, req }: { doc: { id?: number | string }; req: PayloadRequest }) =>
    doc.id === undefined ? [] : (await findUses(req, doc.id)).map((use) => cacheTags.doc(use.collection, use.slug))
}
