/**
 * Small builders for Lexical editor state, in the JSON shape Payload's Lexical editor
 * saves. Used by the seed (and any importer) to write rich text without an editor.
 */

export type LexicalNode = Record<string, unknown> & { type: string }
export type EditorState = { root: LexicalNode & { children: LexicalNode[] } }

const FORMAT_BOLD = 1
const FORMAT_ITALIC = 2

const element = (type: string, children: LexicalNode[], extra: Record<string, unknown> = {}): LexicalNode => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

export const text = (value: string, format = 0): LexicalNode => ({
  type: 'text',
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

export const linebreak = (): LexicalNode => ({ type: 'linebreak', version: 1 })

export const link = (url: string, children: LexicalNode[]): LexicalNode =>
  element('link', children, {
    version: 3,
    fields: { url, newTab: /^https?:/.test(url), linkType: 'custom' },
  })

/** Inline markup: **bold**, *italic* and [label](url); everything else is plain text. */
export function inline(markup: string): LexicalNode[] {
  const nodes: LexicalNode[] = []
  const pattern = /\*\*(.+?)\*\*|\*(.+?)\*|\[(.+?)\]\((\S+?)\)/g
  let last = 0
  for (const match of markup.matchAll(pattern)) {
    if (match.index > last) nodes.push(text(markup.slice(last, match.index)))
    if (match[1] !== undefined) nodes.push(text(match[1], FORMAT_BOLD))
    else if (match[2] !== undefined) nodes.push(text(match[2], FORMAT_ITALIC))
    else nodes.push(link(match[4], [text(match[3])]))
    last = match.index + match[0].length
  }
  if (last < markup.length) nodes.push(text(markup.slice(last)))
  return nodes
}

/** Plain text with bare http(s) addresses as links, and no other markup (for text copied from a page). */
export function autolinked(value: string): LexicalNode[] {
  const nodes: LexicalNode[] = []
  let last = 0
  for (const match of value.matchAll(/https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'’”]/g)) {
    if (match.index > last) nodes.push(text(value.slice(last, match.index)))
    nodes.push(link(match[0], [text(match[0])]))
    last = match.index + match[0].length
  }
  if (last < value.length) nodes.push(text(value.slice(last)))
  return nodes
}

/** Markup (see `inline`) or ready-made inline nodes. */
type Inline = string | LexicalNode[]
const inlineOf = (content: Inline) => (typeof content === 'string' ? inline(content) : content)

export const paragraph = (markup: Inline): LexicalNode => element('paragraph', inlineOf(markup), { textFormat: 0 })
export const heading = (tag: 'h2' | 'h3' | 'h4', markup: Inline): LexicalNode => element('heading', inlineOf(markup), { tag })
export const quote = (markup: string): LexicalNode => element('quote', inline(markup))

export const list = (kind: 'number' | 'bullet', items: LexicalNode[][]): LexicalNode =>
  element(
    'list',
    items.map((children, index) => element('listitem', children, { value: index + 1 })),
    { listType: kind, start: 1, tag: kind === 'number' ? 'ol' : 'ul' },
  )

export const bulletList = (items: string[]): LexicalNode => list('bullet', items.map(inline))

/** Numbered points ("1. Title" then a paragraph): an ordered list of bold title, line break, text. */
export const numberedPoints = (items: { title: string; body: Inline }[]): LexicalNode =>
  list(
    'number',
    items.map(({ title, body }) => [text(title, FORMAT_BOLD), linebreak(), ...inlineOf(body)]),
  )

let blockCounter = 0
const blockId = () => `seed${(++blockCounter).toString(16).padStart(20, '0')}`.slice(-24)

export const block = (blockType: string, fields: Record<string, unknown>): LexicalNode => ({
  type: 'block',
  format: '',
  version: 2,
  fields: { id: blockId(), blockName: '', blockType, ...fields },
})

export const upload = (mediaId: number | string): LexicalNode => ({
  type: 'upload',
  relationTo: 'media',
  value: mediaId,
  fields: null,
  format: '',
  version: 3,
})

export const editorState = (children: LexicalNode[]): EditorState => ({
  root: { ...element('root', children), type: 'root' } as EditorState['root'],
})
