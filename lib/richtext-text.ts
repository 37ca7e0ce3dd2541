/** Plain text out of a Lexical editor state, for reading time, excerpts and search. */

type LexicalNode = { type?: string; text?: string; children?: LexicalNode[]; fields?: Record<string, unknown> }
type LexicalState = { root?: LexicalNode } | null | undefined

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'listitem', 'list'])

export function lexicalToPlainText(state: LexicalState): string {
  const parts: string[] = []
  const walk = (node: LexicalNode) => {
    if (typeof node.text === 'string') parts.push(node.text)
    if (node.type === 'block' && node.fields) {
      for (const value of Object.values(node.fields)) if (typeof value === 'string') parts.push(` ${value} `)
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
