import type { CollectionBeforeDeleteHook, PayloadRequest } from 'payload'
import { APIError } from 'payload'

type ArticleRef = { title: string; slug: string }
type Queryable = { pool: { query: (sql: string, params: unknown[]) => Promise<{ rows: ArticleRef[] }> } }

/**
 * Articles that use an exercise: listed as related, or embedded in the text of the
 * article (published) or of its latest draft. Embeds live inside rich-text JSON, so
 * they are found with a JSON path query.
 */
export async function findArticlesUsingExercise(req: PayloadRequest, exerciseId: number | string): Promise<ArticleRef[]> {
  const embedPath = '$.** ? (@.blockType == "exerciseEmbed" && (@.exercise == $id || @.exercise == $text))'
  const vars = "jsonb_build_object('id', $2::numeric, 'text', $2::text)"
  const { rows } = await (req.payload.db as unknown as Queryable).pool.query(
    `SELECT a.title, a.slug FROM articles a
       WHERE jsonb_path_exists(a.content, $1::jsonpath, ${vars})
          OR EXISTS (SELECT 1 FROM articles_rels r WHERE r.parent_id = a.id AND r.path = 'relatedExercises' AND r.exercises_id = $2::int)
     UNION
     SELECT v.version_title, v.version_slug FROM _articles_v v
       WHERE v.latest AND jsonb_path_exists(v.version_content, $1::jsonpath, ${vars})`,
    [embedPath, String(exerciseId)],
  )
  const seen = new Set<string>()
  return rows.filter((row) => row.slug && !seen.has(row.slug) && seen.add(row.slug))
}

/**
 * An exercise embedded in or linked from an article cannot simply vanish: deleting it
 * is refused with the titles of the articles to edit first.
 */
export const refuseDeleteWhileReferenced: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const articles = await findArticlesUsingExercise(req, id)
  if (articles.length > 0) {
    const titles = articles.map((article) => `"${article.title}"`).join(', ')
    throw new APIError(
      `This exercise is used in ${articles.length === 1 ? 'an article' : 'articles'}: ${titles}. Remove it there first, then delete it.`,
      409,
      null,
      true,
    )
  }
}
