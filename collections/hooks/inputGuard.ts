import type { CollectionBeforeOperationHook, Config, GlobalBeforeValidateHook } from 'payload'
import { NotFound, ValidationError } from 'payload'

import { idProblem, isImpossibleId, isPlainObject, nulCharacterProblems, pageProblem, richTextShapeProblem, type InputProblem } from '../../lib/model/input-checks'

/**
 * One guard before every operation of every collection (REST, GraphQL and the Local API):
 * input PostgreSQL would refuse (a NUL in text, an id beyond its integer column, page
 * -1) used to surface as a 500. Here it is a 400 that names the field and the reason,
 * before anything is read or written; an id no document can have is a 404.
 */

type FieldLike = {
  name?: string
  type: string
  fields?: FieldLike[]
  flattenedFields?: FieldLike[]
  tabs?: FieldLike[]
  blocks?: { slug: string; fields: FieldLike[]; flattenedFields?: FieldLike[] }[]
  hasMany?: boolean
}

const childFields = (field: { fields?: FieldLike[]; flattenedFields?: FieldLike[] }) => field.flattenedFields ?? field.fields ?? []
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value])
/** A relationship value is an id, a populated document or, for polymorphic ones, { relationTo, value }. */
const idOf = (item: unknown) => (isPlainObject(item) ? (item.value ?? item.id) : item)

/** Why a relationship or upload value cannot be stored: a list where one id goes, something that is not an id, an id out of range. */
function relationshipValueProblem(value: unknown, hasMany: boolean): string | null {
  if (Array.isArray(value) && !hasMany) return 'takes one document id, not a list'
  for (const item of asList(value)) {
    const id = idOf(item)
    if (typeof id !== 'number' && typeof id !== 'string') return `${JSON.stringify(item)?.slice(0, 40)} is not a document id: send the id, a whole number`
    const message = idProblem(id)
    if (message) return message
  }
  return null
}

/** Fields stored as text: hooks read them as strings before Payload validates them (a number for a select was a 500). */
const TEXT_TYPES = new Set(['text', 'textarea', 'email', 'code', 'select', 'radio'])
const kindOf = (value: unknown) => (Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value === 'object' ? 'an object' : `a ${typeof value}`)

/** Groups hold an object of fields; arrays and blocks a list of rows (hooks walk them before validation). */
const CONTAINER_SHAPES: Record<string, { test: (value: unknown) => boolean; message: string } | undefined> = {
  group: { test: isPlainObject, message: 'must be an object of fields' },
  array: { test: Array.isArray, message: 'must be a list of rows' },
  blocks: { test: Array.isArray, message: 'must be a list of blocks' },
}

function textValueProblem(value: unknown, hasMany: boolean): string | null {
  const values = hasMany && Array.isArray(value) ? value : [value]
  const wrong = values.find((item) => typeof item !== 'string')
  return wrong === undefined ? null : `must be text${hasMany ? ' (or a list of texts)' : ''}, not ${kindOf(wrong)}`
}

/** Values of the wrong shape (ids no integer column holds, non-text for text, rich text that is no editor state), walking groups, arrays and blocks. */
function shapeProblems(fields: FieldLike[], data: unknown, prefix: string, found: InputProblem[]): InputProblem[] {
  if (!isPlainObject(data)) return found
  for (const field of fields) {
    if (!field.name) {
      // Rows, collapsibles and unnamed tabs keep their fields at this level; a named tab is a group.
      if (field.type !== 'tabs') shapeProblems(childFields(field), data, prefix, found)
      for (const tab of field.tabs ?? []) shapeProblems(tab.name ? [{ ...tab, type: 'group' }] : childFields(tab), data, prefix, found)
      continue
    }
    const value = data[field.name]
    const path = `${prefix}${field.name}`
    if (value === undefined || value === null) continue
    if (field.type === 'relationship' || field.type === 'upload') {
      const message = relationshipValueProblem(value, Boolean(field.hasMany))
      if (message) found.push({ path, message })
    } else if (TEXT_TYPES.has(field.type)) {
      const message = textValueProblem(value, Boolean(field.hasMany))
      if (message) found.push({ path, message })
    } else if (field.type === 'number') {
      const values = field.hasMany && Array.isArray(value) ? value : [value]
      const wrong = values.find((item) => typeof item !== 'number' || !Number.isFinite(item))
      if (wrong !== undefined) found.push({ path, message: `must be a number, not ${kindOf(wrong)}` })
    } else if (CONTAINER_SHAPES[field.type] && !CONTAINER_SHAPES[field.type]!.test(value)) {
      found.push({ path, message: CONTAINER_SHAPES[field.type]!.message })
    } else if (field.type === 'richText') {
      const message = richTextShapeProblem(value)
      if (message) found.push({ path, message })
    } else if (field.type === 'group' || field.type === 'tab') {
      shapeProblems(childFields(field), value, `${path}.`, found)
    } else if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, index) => shapeProblems(childFields(field), row, `${path}.${index}.`, found))
    } else if (field.type === 'blocks' && Array.isArray(value)) {
      value.forEach((row, index) => {
        const block = field.blocks?.find((candidate) => isPlainObject(row) && candidate.slug === row.blockType)
        if (block) shapeProblems(childFields(block), row, `${path}.${index}.`, found)
      })
    }
  }
  return found
}

/** `where` as a query string sends it: { field: { operator: value } }, with `and` / `or` lists. */
function whereProblems(fields: FieldLike[], where: unknown, prefix: string, found: InputProblem[]): InputProblem[] {
  if (!isPlainObject(where)) {
    found.push({ path: prefix.replace(/\.$/, ''), message: 'must be an object of conditions, e.g. where[title][equals]=Hip' })
    return found
  }
  for (const [key, condition] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(condition)) {
      condition.forEach((inner, index) => whereProblems(fields, inner, `${prefix}${key}.${index}.`, found))
      continue
    }
    if (!isPlainObject(condition)) continue
    const field = fields.find((candidate) => candidate.name === key)
    const holdsIds = key === 'id' || field?.type === 'relationship' || field?.type === 'upload'
    for (const [operator, value] of Object.entries(condition)) {
      const path = `${prefix}${key}.${operator}`
      nulCharacterProblems(value, path, found)
      if (!holdsIds) continue
      const values = typeof value === 'string' && /^(in|not_in|all)$/.test(operator) ? value.split(',') : asList(value)
      for (const item of values) {
        const message = idProblem(item)
        if (message) found.push({ path, message })
      }
    }
  }
  return found
}

type OperationArgs = { id?: unknown; where?: unknown; page?: unknown; data?: unknown }

/** Everything wrong with the input of one operation, field by field. */
function inputProblems(fields: FieldLike[], operation: string, args: OperationArgs): InputProblem[] {
  const found: InputProblem[] = []
  if (args.where !== undefined && args.where !== null) whereProblems(fields, args.where, 'where.', found)
  const page = pageProblem(args.page)
  if (page) found.push(page)
  if (operation === 'create' || operation === 'update') {
    if (args.data !== undefined && !isPlainObject(args.data)) found.push({ path: 'body', message: 'must be a JSON object of field values' })
    // Inside rich text the field is what an editor knows: "content", with where the NUL sits.
    const richText = new Set(fields.filter((field) => field.type === 'richText').map((field) => field.name))
    for (const { path, message } of nulCharacterProblems(args.data, '')) {
      const [field, ...rest] = path.split('.')
      found.push(richText.has(field) && rest.length ? { path: field!, message: `${message} (at ${rest.join('.')})` } : { path, message })
    }
    shapeProblems(fields, args.data, '', found)
  }
  return found
}

export const guardInput: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  const input = args as OperationArgs
  // Documents' ids are serial integers: "abc" or 99999999999999999999 names none.
  if (input.id !== undefined && isImpossibleId(input.id)) throw new NotFound(req.t)
  const problems = inputProblems(collection.flattenedFields as FieldLike[], operation, input)
  if (problems.length) throw new ValidationError({ collection: collection.slug, errors: problems }, req.t)
  return args
}

/** Globals have no beforeOperation: their writes are checked before validation, which runs before the write. */
export const guardGlobalInput: GlobalBeforeValidateHook = ({ data, global, req }) => {
  const problems = inputProblems(global.flattenedFields as FieldLike[], 'update', { data })
  if (problems.length) throw new ValidationError({ global: global.slug, errors: problems }, req.t)
  return data
}

/** Puts the guard first on every collection and global, plugins' included (add this plugin last). */
export function guardEveryOperation(config: Config): Config {
  return {
    ...config,
    globals: (config.globals ?? []).map((global) => ({ ...global, hooks: { ...global.hooks, beforeValidate: [guardGlobalInput, ...(global.hooks?.beforeValidate ?? [])] } })),
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      hooks: { ...collection.hooks, beforeOperation: [guardInput, ...(collection.hooks?.beforeOperation ?? [])] },
    })),
  }
}
