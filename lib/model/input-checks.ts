/**
 * What Payload would pass to PostgreSQL and PostgreSQL cannot take: a NUL character in
 * text, a document id outside the integer column, a page no query can reach, a `where`
 * that is not an object. Each finding names the field (as a path) and the reason, so
 * the guard in collections/hooks/inputGuard.ts answers 400 instead of a 500. Pure.
 */
export type InputProblem = { path: string; message: string }

/** Ids and relationship columns are PostgreSQL `integer`. */
export const MAX_DOCUMENT_ID = 2_147_483_647
/** Offsets past this many pages are no one's browsing and overflow the offset. */
export const MAX_PAGE = 100_000

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i

/** A value that a client meant as a number (42, "42", "1e20"), or null. */
function asNumber(value: unknown): number | null {
  if (typeof value === 'number') return value
  if (typeof value === 'string' && NUMERIC.test(value.trim())) return Number(value)
  return null
}

/** Why a value cannot be a document id, or null when it can (or is not a number at all: "no match"). */
export function idProblem(value: unknown): string | null {
  const number = asNumber(value)
  if (number === null) return null
  if (!Number.isInteger(number) || number < 1 || number > MAX_DOCUMENT_ID) {
    return `${String(value).slice(0, 40)} is not a document id: ids are whole numbers from 1 to ${MAX_DOCUMENT_ID}`
  }
  return null
}

/** True when the id names no document that can exist here: the caller answers 404. */
export function isImpossibleId(id: unknown): boolean {
  if (typeof id !== 'number' && typeof id !== 'string') return false
  return !/^\d+$/.test(String(id)) || Number(id) < 1 || Number(id) > MAX_DOCUMENT_ID
}

/** Every string in the value (objects and arrays walked) holding a NUL, which PostgreSQL text refuses. */
export function nulCharacterProblems(value: unknown, path: string, found: InputProblem[] = []): InputProblem[] {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) found.push({ path, message: 'contains a NUL character (\\u0000), which cannot be stored: remove it' })
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => nulCharacterProblems(item, path ? `${path}.${index}` : String(index), found))
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) nulCharacterProblems(item, path ? `${path}.${key}` : key, found)
  }
  return found
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** `page` of a list: a whole number from 1 to MAX_PAGE. */
/**
 * The most documents an API client that is not signed in gets in one page. Without it one
 * anonymous `?limit=0` (or `pagination=false`) read every row of a collection with its
 * relationships filled in, however large the site. Staff sign in; the site itself reads
 * through the Local API.
 */
export const VISITOR_PAGE_LIMIT = 100

/**
 * Why a read of `limit` documents (Payload: 0 = all of them) is more than a visitor may ask
 * for. `pagination: false` with a limit (a storage adapter looking up one file) is that
 * many; without one it is every document.
 */
export function visitorPageProblems({ limit, pagination }: { limit?: unknown; pagination?: unknown }): InputProblem[] {
  if (limit === undefined || limit === null || limit === '') {
    return pagination === false ? [{ path: 'pagination', message: `can be turned off by signed-in staff only: read up to ${VISITOR_PAGE_LIMIT} at a time with limit and page` }] : []
  }
  const number = asNumber(limit)
  if (number !== null && Number.isInteger(number) && number >= 1 && number <= VISITOR_PAGE_LIMIT) return []
  return [{ path: 'limit', message: `${String(limit).slice(0, 40)} is not a page size for a visitor: use a whole number from 1 to ${VISITOR_PAGE_LIMIT}, and page for more` }]
}

export function pageProblem(page: unknown): InputProblem | null {
  if (page === undefined || page === null || page === '') return null
  const number = asNumber(page)
  if (number !== null && Number.isInteger(number) && number >= 1 && number <= MAX_PAGE) return null
  return { path: 'page', message: `${String(page).slice(0, 40)} is not a page number: use a whole number from 1 to ${MAX_PAGE}` }
}

/** A Lexical editor state: { root: { children: [...] } }, every node's children a list of nodes. */
export function richTextShapeProblem(value: unknown): string | null {
  if (value === null || value === undefined) return null
  if (!isPlainObject(value) || !isPlainObject(value.root)) return 'must be rich text (an editor state with a root), not plain text or another value'
  const pending: unknown[] = [value.root]
  while (pending.length) {
    const node = pending.pop()
    if (!isPlainObject(node)) return 'has a part that is not a rich-text node'
    if (node.children === undefined) continue
    if (!Array.isArray(node.children)) return 'has a node whose children are not a list'
    pending.push(...node.children)
  }
  return null
}
