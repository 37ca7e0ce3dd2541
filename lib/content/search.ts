import { sql, type SQL } from 'drizzle-orm'
import type { Payload } from 'payload'

import { SEARCHABLE_COLLECTIONS } from '../model/collections'
import { getPayloadClient } from '../server/payload'
import { sqlRows as rows } from '../server/sql'
import { pathFor } from '../model/routes'
import { HIGHLIGHT_END, HIGHLIGHT_START, MAX_QUERY_LENGTH } from './search-marks'

export const RESULTS_PER_PAGE = 10

export type SearchKind = (typeof SEARCHABLE_COLLECTIONS)[number]
export const SEARCH_KINDS: readonly SearchKind[] = SEARCHABLE_COLLECTIONS

export { HIGHLIGHT_END, HIGHLIGHT_START, MAX_QUERY_LENGTH } from './search-marks'

export type SearchHit = {
  kind: SearchKind
  title: string
  /** The title with matched words wrapped in HIGHLIGHT_START/END. */
  markedTitle: string
  href: string
  /** Summary or body text around the matches, matches wrapped in HIGHLIGHT_START/END. */
  snippet: string
}

export type SearchResults = {
  query: string
  kind: SearchKind | null
  hits: SearchHit[]
  page: number
  totalPages: number
  total: number
  /** Matches per kind for the whole query, to offer "Articles (3)" filters. */
  countsByKind: Record<SearchKind, number>
  /** The query with misspelt words replaced by close words from the site, when that finds more. */
  suggestion: string | null
  /** True when nothing matched the words exactly and results come from word beginnings. */
  matchedPrefixes: boolean
}

/** Which collection a search row points at: the plugin keeps one `<collection>_id` column per collection. */
const KIND_SQL = sql.raw(`CASE ${SEARCHABLE_COLLECTIONS.map((kind) => `WHEN r.${kind}_id IS NOT NULL THEN '${kind}'`).join(' ')} END`)

/** Words a person typed, without punctuation that means something to tsquery. */
export function queryWords(query: string): string[] {
  return query.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)?.slice(0, 12) ?? []
}

/** "hip mobil" -> "hip:* & mobil:*", so half-typed words still find something. */
export function prefixQuery(words: string[]): string | null {
  const safe = words.map((word) => word.replace(/['’]/g, '')).filter(Boolean)
  return safe.length ? safe.map((word) => `${word}:*`).join(' & ') : null
}

type Matcher = { tsquery: SQL }

const websearch = (query: string): Matcher => ({ tsquery: sql`websearch_to_tsquery('english', ${query})` })
const prefixes = (query: string): Matcher => ({ tsquery: sql`to_tsquery('english', ${query})` })

async function countByKind(payload: Payload, matcher: Matcher): Promise<Record<SearchKind, number>> {
  const counts = Object.fromEntries(SEARCH_KINDS.map((kind) => [kind, 0])) as Record<SearchKind, number>
  const found = await rows<{ kind: SearchKind; count: string }>(
    payload,
    sql`SELECT ${KIND_SQL} AS kind, count(*) AS count
        FROM search s JOIN search_rels r ON r.parent_id = s.id AND r.path = 'doc'
        WHERE s.search_vector @@ ${matcher.tsquery}
        GROUP BY 1`,
  )
  for (const row of found) counts[row.kind] = Number(row.count)
  return counts
}

async function rankedPage(payload: Payload, matcher: Matcher, kind: SearchKind | null, page: number): Promise<SearchHit[]> {
  const kindFilter = kind ? sql`AND ${KIND_SQL} = ${kind}` : sql``
  // Rank and cut to one page first; snippets are only worth building for the rows shown.
  const found = await rows<{ kind: SearchKind; title: string; marked_title: string; slug: string; snippet: string }>(
    payload,
    sql`WITH query AS (SELECT ${matcher.tsquery} AS q),
        ranked AS (
          SELECT s.id, s.title, s.slug, s.summary, s.body, ${KIND_SQL} AS kind,
                 ts_rank_cd(s.search_vector, query.q) AS rank, s.priority
          FROM search s JOIN search_rels r ON r.parent_id = s.id AND r.path = 'doc', query
          WHERE s.search_vector @@ query.q ${kindFilter}
          ORDER BY rank DESC, s.priority DESC NULLS LAST, s.id
          LIMIT ${RESULTS_PER_PAGE} OFFSET ${(page - 1) * RESULTS_PER_PAGE}
        )
        SELECT ranked.kind, ranked.slug, ranked.title,
               ts_headline('english', ranked.title, query.q, ${`StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, HighlightAll=true`}) AS marked_title,
               ts_headline('english', concat_ws(' … ', nullif(ranked.summary, ''), nullif(ranked.body, '')), query.q,
                 ${`StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MinWords=12, MaxWords=24, MaxFragments=2, FragmentDelimiter=" … "`}) AS snippet
        FROM ranked, query
        ORDER BY ranked.rank DESC, ranked.priority DESC NULLS LAST, ranked.id`,
  )
  return found.flatMap((row) => {
    const href = pathFor(row.kind, row.slug)
    return href ? [{ kind: row.kind, title: row.title, markedTitle: row.marked_title, href, snippet: withEllipses(row.snippet) }] : []
  })
}

/** Marks a snippet that starts or stops mid-sentence with an ellipsis, as readers expect. */
export function withEllipses(snippet: string): string {
  const text = snippet.replace(/\s+/g, ' ').trim()
  if (!text) return text
  const plain = text.replaceAll(HIGHLIGHT_START, '').replaceAll(HIGHLIGHT_END, '')
  const opensMidSentence = /^[\p{Ll}\d,;:)]/u.test(plain)
  const endsMidSentence = !/[.!?…"”')]$/u.test(plain)
  return `${opensMidSentence ? '… ' : ''}${text}${endsMidSentence ? ' …' : ''}`
}

/**
 * For each word the site does not contain, the closest word it does (trigram similarity
 * over the words of published titles, summaries and bodies). Null when nothing is closer.
 */
async function suggestQuery(payload: Payload, words: string[]): Promise<string | null> {
  if (!words.length) return null
  const replacements = await rows<{ typed: string; known: boolean; best: string | null }>(
    payload,
    sql`WITH vocabulary AS (
          SELECT word FROM ts_stat($$SELECT to_tsvector('simple', concat_ws(' ', title, aliases, summary, body)) FROM search$$)
          WHERE length(word) > 2 AND word !~ '^[0-9]+$'
        ),
        typed AS (SELECT unnest(ARRAY[${sql.join(
          words.map((word) => sql`${word}`),
          sql`, `,
        )}]::text[]) AS word)
        SELECT typed.word AS typed,
               -- Known: some page matches the word once stemmed (a stop word counts as known).
               (numnode(plainto_tsquery('english', typed.word)) = 0
                 OR EXISTS (SELECT 1 FROM search s WHERE s.search_vector @@ plainto_tsquery('english', typed.word))) AS known,
               (SELECT v.word FROM vocabulary v WHERE similarity(v.word, typed.word) > 0.3
                ORDER BY similarity(v.word, typed.word) DESC, v.word LIMIT 1) AS best
        FROM typed`,
  )
  let changed = false
  const suggested = replacements.map((row) => {
    if (row.known || !row.best || row.best === row.typed) return row.typed
    changed = true
    return row.best
  })
  return changed ? suggested.join(' ') : null
}

function emptyResults(query: string, kind: SearchKind | null): SearchResults {
  const countsByKind = Object.fromEntries(SEARCH_KINDS.map((entry) => [entry, 0])) as Record<SearchKind, number>
  return { query, kind, hits: [], page: 1, totalPages: 0, total: 0, countsByKind, suggestion: null, matchedPrefixes: false }
}

/** What a person typed, one line and short; control characters (a NUL: PostgreSQL refuses it) become spaces. */
export function cleanSearchQuery(query: string): string {
  return query.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH)
}

export function parseSearchKind(value: string | null | undefined): SearchKind | null {
  return SEARCH_KINDS.includes(value as SearchKind) ? (value as SearchKind) : null
}

/**
 * Full-text search over published articles, exercises and classes: English stemming,
 * weighted title > summary > body, ranked by cover density, with highlighted snippets.
 * When the words match nothing, word beginnings are tried, then a spelling suggestion.
 */
export async function searchSite(input: { query: string; kind?: string | null; page?: number }): Promise<SearchResults> {
  const query = cleanSearchQuery(input.query)
  const kind = parseSearchKind(input.kind)
  const words = queryWords(query)
  if (!words.length) return emptyResults(query, kind)
  // NaN or Infinity (from ?page=x) mean no page in particular: the first.
  const requestedPage = Number.isFinite(input.page) ? Math.max(1, Math.floor(input.page!)) : 1

  // Not cached: queries are free text (an unbounded key space) and answer in milliseconds.
  const payload = await getPayloadClient()
  let matcher = websearch(query)
  let countsByKind = await countByKind(payload, matcher)
  let matchedPrefixes = false
  const prefix = prefixQuery(words)
  if (Object.values(countsByKind).every((count) => count === 0) && prefix) {
    matcher = prefixes(prefix)
    countsByKind = await countByKind(payload, matcher)
    matchedPrefixes = true
  }
  const total = kind ? countsByKind[kind] : Object.values(countsByKind).reduce((sum, count) => sum + count, 0)
  const totalPages = Math.ceil(total / RESULTS_PER_PAGE)
  const page = Math.min(requestedPage, Math.max(totalPages, 1))
  const hits = total ? await rankedPage(payload, matcher, kind, page) : []
  // A suggestion is only worth showing when the results are thin.
  const suggestion = total < 3 ? await suggestQuery(payload, words) : null
  return { query, kind, hits, page, totalPages, total, countsByKind, suggestion, matchedPrefixes: matchedPrefixes && total > 0 }
}
