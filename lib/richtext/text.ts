/** Plain text out of a Lexical editor state, for reading time, excerpts and search. */

type LexicalNode = { type?: string; text?: string; children?: LexicalNode[]; fields?: Record<string, unknown> }
type LexicalState = { root?: LexicalNode } | null | undefined

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'listitem', 'list'])
/** Fields every block carries that are not text a reader sees. */
const BLOCK_BOOKKEEPING = new Set(['id', 'blockType', 'blockName'])

export function lexicalToPlainText(state: LexicalState): string {
  const parts: string[] = []
  const walk = (node: LexicalNode) => {
    if (typeof node.text === 'string') parts.push(node.text)
    if (node.type === 'linebreak') parts.push(' ')
    if (node.type === 'block' && node.fields) {
      for (const [key, value] of Object.entries(node.fields)) {
        if (typeof value === 'string' && !BLOCK_BOOKKEEPING.has(key)) parts.push(` ${value} `)
      }
    }
    node.children?.forEach(walk)
    if (node.type && BLOCK_TYPES.has(node.type)) parts.push('\n')
  }
  if (state?.root) walk(state.root)
  return parts.join('').replace(/[ \t]+/g, ' ').replace(/\n{2,}/g, '\n').trim()
}

export function countWords(text: string): number {
  const words = text.match(/[\p{L}\p{N}'’-]+/gu)
  return words ? words.length : 0
}

/** Minutes at a calm 200 words a minute, never less than one. */
export function readingMinutes(state: LexicalState, wordsPerMinute = 200): number {
  return Math.max(1, Math.round(countWords(lexicalToPlainText(state)) / wordsPerMinute))
}

/** "Why Tight Hips Matter?" -> "why-tight-hips-matter" (for heading anchors). */
export function anchorSlug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'section'
  )
}

export type HeadingAnchor = { id: string; text: string; level: 2 | 3; node: object }

/**
 * The article's h2/h3 headings with unique anchor ids, in reading order. The renderer
 * gives each heading node the id found here, so the contents list always matches.
 */
export function headingAnchors(state: LexicalState): HeadingAnchor[] {
  const anchors: HeadingAnchor[] = []
  const used = new Set<string>()
  for (const node of state?.root?.children ?? []) {
    const tag = (node as { tag?: string }).tag
    if (node.type !== 'heading' || (tag !== 'h2' && tag !== 'h3')) continue
    const text = lexicalToPlainText({ root: node }).trim()
    const base = anchorSlug(text)
    let id = base
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`
    used.add(id)
    anchors.push({ id, text, level: tag === 'h2' ? 2 : 3, node })
  }
  return anchors
}
