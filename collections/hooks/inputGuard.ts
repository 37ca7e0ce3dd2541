import type { CollectionBeforeOperationHook, Config } from 'payload'
import { NotFound, ValidationError } from 'payload'

import { idProblem, isImpossibleId, isPlainObject, nulCharacterProblems, pageProblem, type InputProblem } from '../../lib/model/input-checks'

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
}

const childFields = (field: { fields?: FieldLike[]; flattenedFields?: FieldLike[] }) => field.flattenedFields ?? field.fields ?? []
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value])
/** A relationship value is an id, a populated document or, for polymorphic ones, { relationTo, value }. */
const idOf = (item: unknown) => (isPlainObject(item) ? (item.value ?? item.id) : item)

/** Relationship and upload values in `data` that no integer column can hold, walking groups, arrays and blocks. */
function relationshipProblems(fields: FieldLike[], data: unknown, prefix: string, found: InputProblem[]): InputProblem[] {
  if (!isPlainObject(data)) return found
  for (const field of fields) {
    if (!field.name) {
      // Rows, collapsibles and unnamed tabs keep their fields at this level; a named tab is a group.
      if (field.type !== 'tabs') relationshipProblems(childFields(field), data, prefix, found)
      for (const tab of field.tabs ?? []) relationshipProblems(tab.name ? [{ ...tab, type: 'group' }] : childFields(tab), data, prefix, found)
      continue
    }
    const value = data[field.name]
    const path = `${prefix}${field.name}`
    if (value === undefined || value === null) continue
    if (field.type === 'relationship' || field.type === 'upload') {
      for (const item of asList(value)) {
        const message = idProblem(idOf(item))
        if (message) found.push({ path, message })
      }
    } else if (field.type === 'group' || field.type === 'tab') {
      relationshipProblems(childFields(field), value, `${path}.`, found)
    } else if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, index) => relationshipProblems(childFields(field), row, `${path}.${index}.`, found))
    } else if (field.type === 'blocks' && Array.isArray(value)) {
      value.forEach((row, index) => {
        const block = field.blocks?.find((candidate) => isPlainObject(row) && candidate.slug === row.blockType)
        if (block) relationshipProblems(childFields(block), row, `${path}.${index}.`, found)
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
    nulCharacterProblems(args.data, '', found)
    relationshipProblems(fields, args.data, '', found)
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

/** Puts the guard first on every collection, plugins' included (add this plugin last). */
export function guardEveryOperation(config: Config): Config {
  return {
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      hooks: { ...collection.hooks, beforeOperation: [guardInput, ...(collection.hooks?.beforeOperation ?? [])] },
    })),
  }
}
