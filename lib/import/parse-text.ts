/**
 * Plain text as copied from the old blog page (the studio's own article is the model):
 * the title on the first line, often repeated on the next, short lines without final
 * punctuation as section headings, "1. Title" lines each followed by a paragraph as
 * numbered points, everything else paragraphs. Theme chrome lines are dropped.
 */
import { autolinked, editorState, heading, linebreak, list, numberedPoints, paragraph, type LexicalNode } from '../richtext/build'
import { CHROME_LINE } from './chrome'
import { parseDate, sourceIdFor } from './source-id'
import type { ParseResult } from './types'

const POINT = /^(\d{1,2})[.)]\s+(\S.*)$/
const BULLET = /^[-•*–·]\s+(\S.*)$/
const TAGS = /^(tags?|topics?|categories|category|filed under)\s*:\s*(.+)$/i
const DATE_LINE = /^((posted|published)( on)?:?\s*)?([a-z]+\.? \d{1,2}(st|nd|rd|th)?,? \d{4}|\d{1,2} [a-z]+\.? \d{4}|\d{4}-\d{2}-\d{2})$/i
const HEADING_MAX_CHARS = 90
const HEADING_MAX_WORDS = 14
const POINT_TITLE_MAX = 140

const squash = (line: string) => line.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim()
const same = (a: string, b: string) => squash(a).toLowerCase() === squash(b).toLowerCase()

/** A short line without final sentence punctuation reads as a heading. */
function looksLikeHeading(line: string): boolean {
  if (line.length > HEADING_MAX_CHARS || line.split(' ').length > HEADING_MAX_WORDS) return false
  if (/[.,;:!…]$/.test(line)) return false
  if (/\?$/.test(line) && line.split(' ').length > 12) return false
  return /^[\p{Lu}\p{N}"“‘'(]/u.test(line)
}

export function parseText(raw: string): ParseResult {
  let lines = raw.split('\n').map(squash).filter(Boolean)
  lines = lines.filter((line) => !CHROME_LINE.test(line))
  const title = lines.shift()
  if (!title) return { ok: false, reason: 'no title: the first line of the file should be the post title' }
  if (title.length > 160) return { ok: false, reason: 'no title: the first line is a paragraph (over 160 characters), not a title' }

  const notes: string[] = []
  const tags: string[] = []
  let date: Date | undefined
  // The page repeats the title under the theme's header; and may show a date or tags.
  while (lines.length && same(lines[0], title)) lines.shift()
  lines = lines.filter((line, index) => {
    const tagLine = TAGS.exec(line)
    if (tagLine) {
      tags.push(...tagLine[2].split(/[,;|]/).map(squash).filter(Boolean))
      return false
    }
    if (!date && index < 3 && DATE_LINE.test(line)) {
      date = parseDate(line)
      if (date) return false
    }
    return true
  })

  /** What line `k` is, read in context: a heading needs text after it. */
  const kindAt = (k: number): 'point' | 'bullet' | 'heading' | 'paragraph' | undefined => {
    const line = lines[k]
    if (line === undefined) return undefined
    if (POINT.test(line)) return 'point'
    if (BULLET.test(line)) return 'bullet'
    if (looksLikeHeading(line) && k < lines.length - 1) return 'heading'
    return 'paragraph'
  }
  const startsPoint = (k: number) => kindAt(k) === 'point' && POINT.exec(lines[k])![2].length <= POINT_TITLE_MAX && kindAt(k + 1) === 'paragraph'

  const blocks: LexicalNode[] = []
  let guessedHeadings = 0
  let i = 0
  while (i < lines.length) {
    const kind = kindAt(i)
    if (startsPoint(i)) {
      // Numbered points, as many as follow one another: "1. Title" + paragraph(s).
      const items: { title: string; body: LexicalNode[] }[] = []
      while (startsPoint(i)) {
        const title = POINT.exec(lines[i])![2].replace(/[:.]$/, '')
        i++
        // A point runs to the next point; the last one of a list takes one paragraph,
        // and what follows is the section's own text again (a closing paragraph).
        let end = i
        while (kindAt(end) === 'paragraph') end++
        if (!startsPoint(end)) end = i + 1
        const body: LexicalNode[] = []
        for (; i < end; i++) {
          if (body.length) body.push(linebreak(), linebreak())
          body.push(...autolinked(lines[i]))
        }
        items.push({ title, body })
      }
      blocks.push(numberedPoints(items))
      const section = [...blocks].reverse().find((block) => block.type === 'heading')
      notes.push(`Check the numbered list ${section ? `in '${headingText(section)}'` : 'near the start'} (${items.length} points).`)
    } else if (kind === 'point' || kind === 'bullet') {
      const pattern = kind === 'point' ? POINT : BULLET
      const items: LexicalNode[][] = []
      for (; i < lines.length && pattern.test(lines[i]) && !startsPoint(i); i++) {
        const match = pattern.exec(lines[i])!
        items.push(autolinked(match[match.length - 1]))
      }
      blocks.push(list(kind === 'point' ? 'number' : 'bullet', items))
    } else if (kind === 'heading') {
      blocks.push(heading('h2', autolinked(lines[i])))
      guessedHeadings++
      i++
    } else {
      blocks.push(paragraph(autolinked(lines[i])))
      i++
    }
  }

  if (!blocks.some((block) => block.type === 'paragraph' || block.type === 'list')) {
    return { ok: false, reason: 'no text: the file has a title but no paragraphs' }
  }
  if (guessedHeadings) notes.unshift(`Headings were recognised from plain text (${guessedHeadings}): check their wording and level.`)
  return {
    ok: true,
    post: { format: 'text', title, sourceId: sourceIdFor({ title, date }), date, tags, images: [], content: editorState(blocks), notes },
  }
}

function headingText(node: LexicalNode): string {
  return ((node.children as { text?: string }[] | undefined) ?? []).map((child) => child.text ?? '').join('')
}
