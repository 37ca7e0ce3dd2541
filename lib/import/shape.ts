/**
 * Gives converted Lexical content the shape our article pages render best (the shape of
 * the seed articles): numbered points ("1. Title" then a paragraph) become one ordered
 * list of bold title + text, images become placeholders to upload, empty paragraphs go,
 * heading levels fit the page (h2-h4), and links to the old blog point to the new one.
 */
import { schemeOf } from '../model/safe-url'
import { dropUnsafeLinks, rewriteOldBlogLinks } from './links'
import { linebreak, list, text, type EditorState, type LexicalNode } from '../richtext/build'

const FORMAT_BOLD = 1
/** Stands in for an image in the text until the image is uploaded: `⟦image-3⟧`. */
export const imageToken = (index: number) => `⟦image-${index}⟧`
const IMAGE_TOKEN = /⟦image-(\d+)⟧/g
const POINT = /^\s*(\d{1,2})[.)]\s+(\S[\s\S]*)$/
/** A point's title is a short line; longer numbered text is an ordinary list item. */
const POINT_TITLE_MAX = 140

export type ImagePlaceholder = { type: 'import-image'; index: number; version: 1 }

type Node = LexicalNode & { children?: Node[]; text?: string; tag?: string; listType?: string; format?: number | string }

export function plainText(node: Node): string {
  if (typeof node.text === 'string') return node.text
  if (node.type === 'linebreak') return '\n'
  return (node.children ?? []).map(plainText).join('')
}

const squash = (value: string) => value.replace(/[\s\u00a0]+/g, ' ').trim()

/** Removes image tokens from a block's text; returns the image indexes found, in order. */
function takeImageTokens(node: Node): number[] {
  const found: number[] = []
  const walk = (current: Node) => {
    if (typeof current.text === 'string' && current.text.includes('⟦image-')) {
      current.text = current.text.replace(IMAGE_TOKEN, (_, index: string) => {
        found.push(Number(index))
        return ''
      })
    }
    current.children?.forEach(walk)
    if (current.children) current.children = current.children.filter((child) => child.type !== 'text' || child.text !== '')
  }
  walk(node)
  return found
}

const isEmptyParagraph = (node: Node) =>
  node.type === 'paragraph' && !squash(plainText(node)) && !(node.children ?? []).some((child) => child.type !== 'text' && child.type !== 'linebreak')

const isBoldOnly = (node: Node) => {
  const texts: Node[] = []
  const walk = (current: Node) => (current.type === 'text' ? texts.push(current) : current.children?.forEach(walk))
  walk(node)
  return texts.length > 0 && texts.every((child) => (Number(child.format) & FORMAT_BOLD) === FORMAT_BOLD || !child.text?.trim())
}

/** The title of a numbered point when `node` starts one ("1. Title" as heading, bold line, or one-item list). */
function pointTitle(node: Node): { number: number; title: string } | null {
  const line = squash(plainText(node))
  if (node.type === 'heading' || (node.type === 'paragraph' && isBoldOnly(node))) {
    const match = POINT.exec(line)
    if (!match || match[2].length > POINT_TITLE_MAX) return null
    return { number: Number(match[1]), title: match[2] }
  }
  if (node.type === 'list' && node.listType === 'number' && node.children?.length === 1) {
    const item = node.children[0]
    if (item.children?.some((child) => child.type === 'list')) return null
    if (!line || line.length > POINT_TITLE_MAX) return null
    return { number: Number((node as { start?: number }).start ?? 1), title: line }
  }
  return null
}

const isBodyParagraph = (node: Node | undefined): node is Node => Boolean(node && node.type === 'paragraph' && !pointTitle(node))

export type ShapeOptions = {
  /** The host of the old site; links to its blog posts on that host are rewritten too. */
  oldHost?: string
  /** Unsafe links the parser already took out before conversion (Markdown), for the same note. */
  unsafeLinksRemoved?: string[]
}

export type ShapeResult = { content: EditorState; notes: string[] }

export function shapeContent(state: EditorState, options: ShapeOptions = {}): ShapeResult {
  const notes: string[] = []
  const blocks: Node[] = []

  // Images out of the text, into placeholders after the block they were in; no empty paragraphs.
  for (const node of state.root.children as Node[]) {
    const images = takeImageTokens(node)
    if (!isEmptyParagraph(node)) blocks.push(fixHeading(node))
    for (const index of images) blocks.push({ type: 'import-image', index, version: 1 } satisfies ImagePlaceholder as never)
  }

  // Numbered points: "1. Title" then one or more paragraphs, consecutive points in one list.
  const shaped: Node[] = []
  let section: string | null = null
  for (let i = 0; i < blocks.length; i++) {
    const node = blocks[i]
    if (node.type === 'heading' && !pointTitle(node)) section = squash(plainText(node))
    const first = pointTitle(node)
    if (!first || !isBodyParagraph(blocks[i + 1])) {
      shaped.push(node)
      continue
    }
    const items: Node[][] = []
    const imagesAfter: Node[] = []
    const startsPoint = (k: number) => Boolean(blocks[k] && pointTitle(blocks[k]) && isBodyParagraph(blocks[k + 1]))
    let j = i
    while (startsPoint(j)) {
      const point = pointTitle(blocks[j])!
      const children: Node[] = [text(point.title, FORMAT_BOLD) as Node]
      j++
      // A point runs to the next point; the last one takes one paragraph (then the section goes on).
      let end = j
      while (isBodyParagraph(blocks[end])) end++
      let images = end
      while (blocks[images]?.type === 'import-image') images++
      if (!startsPoint(images)) end = j + 1
      for (let first = true; j < end; j++, first = false) {
        children.push(...((first ? [linebreak()] : [linebreak(), linebreak()]) as Node[]), ...(blocks[j].children ?? []))
      }
      items.push(children)
      // Images between two points cannot sit inside the list: they follow it.
      if (images > end && startsPoint(images)) {
        imagesAfter.push(...blocks.slice(end, images))
        j = images
      }
    }
    const ol = list('number', items) as Node & { start: number }
    ol.start = first.number
    shaped.push(ol, ...imagesAfter)
    notes.push(`Check the numbered list ${section ? `in '${section}'` : 'near the start'} (${items.length} ${items.length === 1 ? 'point' : 'points'}).`)
    if (imagesAfter.length) notes.push(`${imagesAfter.length === 1 ? 'An image' : 'Images'} from between the points of that list now ${imagesAfter.length === 1 ? 'follows' : 'follow'} it: move ${imagesAfter.length === 1 ? 'it' : 'them'} if needed.`)
    i = j - 1
  }

  const unsafe = [...(options.unsafeLinksRemoved ?? []), ...dropUnsafeLinks(shaped)]
  if (unsafe.length > 0) {
    const schemes = [...new Set(unsafe.map((url) => schemeOf(url) ?? url.slice(0, 20)))]
    notes.push(`${unsafe.length} link${unsafe.length === 1 ? '' : 's'} with an unsafe address (${schemes.join(', ')}) removed; the text is kept.`)
  }
  const rewritten = rewriteOldBlogLinks(shaped, options.oldHost)
  if (rewritten > 0) {
    notes.push(`${rewritten} link${rewritten === 1 ? '' : 's'} to old blog posts now point${rewritten === 1 ? 's' : ''} to /blog/…: import those posts too, or fix the link${rewritten === 1 ? '' : 's'}.`)
  }
  return { content: { root: { ...state.root, children: shaped } }, notes }
}

/** The page title is the h1; inside the article, headings run h2 to h4. */
function fixHeading(node: Node): Node {
  if (node.type !== 'heading') return node
  if (node.tag === 'h1') return { ...node, tag: 'h2' }
  if (node.tag === 'h5' || node.tag === 'h6') return { ...node, tag: 'h4' }
  return node
}

/** The article's first real paragraph (a sentence or more), for the excerpt. */
export function firstParagraph(state: EditorState): string | null {
  for (const node of state.root.children as Node[]) {
    if (node.type !== 'paragraph') continue
    const value = squash(plainText(node))
    if (value.split(' ').length >= 8 || value.length >= 60) return value
  }
  return null
}

/** Trims to `max` characters at a word boundary, with an ellipsis when cut. */
export function trimExcerpt(value: string, max: number): string {
  const clean = squash(value)
  if (clean.length <= max) return clean
  const cut = clean.slice(0, max - 1)
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(' '), Math.floor(max / 2))).replace(/[\s,;:.–—-]+$/, '')
  return `${atWord}…`
}
