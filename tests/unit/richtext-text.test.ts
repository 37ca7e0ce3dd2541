import { describe, expect, it } from '@jest/globals'

import { block, bulletList, editorState, heading, numberedPoints, paragraph, quote } from '@/lib/richtext/build'
import { anchorSlug, countWords, headingAnchors, lexicalToPlainText, readingMinutes } from '@/lib/richtext/text'

const words = (count: number) => paragraph(Array.from({ length: count }, () => 'word').join(' '))

describe('lexicalToPlainText', () => {
  it('keeps the text of headings, paragraphs, inline formatting, links, lists and quotes, one block per line', () => {
    const state = editorState([
      heading('h2', 'Why hips matter'),
      paragraph('Sitting **all day** makes them *tight*, says [this study](https://example.com/study).'),
      bulletList(['Breathe out', 'Lift slowly']),
      quote('Move a little, often.'),
    ])
    expect(lexicalToPlainText(state)).toBe(
      ['Why hips matter', 'Sitting all day makes them tight, says this study.', 'Breathe out', 'Lift slowly', 'Move a little, often.'].join('\n'),
    )
  })

  it('keeps each numbered point on its own line', () => {
    const text = lexicalToPlainText(editorState([numberedPoints([{ title: 'Set up', body: 'Lie down.' }, { title: 'Lift', body: 'Press up.' }])]))
    expect(text.split('\n')).toHaveLength(2)
    expect(text).toMatch(/^Set up.*Lie down\.\nLift.*Press up\.$/)
  })
  it('separates the words on either side of a line break', () => {
    const text = lexicalToPlainText(editorState([numberedPoints([{ title: 'Set up', body: 'Lie down.' }])]))
    expect(text).toMatch(/^Set up\s+Lie down\.$/)
    expect(countWords(text)).toBe(4)
  })

  it('includes the text fields of blocks (a callout’s title and body, an embed’s note)', () => {
    const text = lexicalToPlainText(
      editorState([
        paragraph('Before.'),
        block('callout', { tone: 'caution', title: 'Go gently', body: 'Stop if your back hurts.' }),
        block('exerciseEmbed', { exercise: { name: 'Bridge', slug: 'bridge' }, note: 'Try it after sitting.' }),
      ]),
    )
    expect(text).toContain('Before.')
    expect(text).toContain('Go gently')
    expect(text).toContain('Stop if your back hurts.')
    expect(text).toContain('Try it after sitting.')
    // A related document is not text.
    expect(text).not.toContain('Bridge')
  })
  it('leaves out the block’s bookkeeping fields (id, blockType, blockName)', () => {
    const callout = block('callout', { tone: 'tip', title: 'Breathe', body: 'Exhale as you lift.' })
    const fields = callout.fields as { id: string; blockType: string }
    const text = lexicalToPlainText(editorState([callout]))
    expect(text).not.toContain(fields.id)
    expect(text).not.toContain(fields.blockType)
    expect(text).toContain('Breathe')
  })

  it('is empty for missing content', () => {
    expect(lexicalToPlainText(null)).toBe('')
    expect(lexicalToPlainText(undefined)).toBe('')
    expect(lexicalToPlainText({})).toBe('')
  })
})

describe('countWords', () => {
  it('counts words, numbers, contractions and hyphenated words once each', () => {
    expect(countWords("Don't stop: it's 5 lower-back moves.")).toBe(6)
    expect(countWords('  ')).toBe(0)
    expect(countWords('Café crème, à la carte')).toBe(5)
  })
})

describe('readingMinutes', () => {
  it('reads 200 words a minute, rounded', () => {
    expect(readingMinutes(editorState([words(400)]))).toBe(2)
    expect(readingMinutes(editorState([words(299)]))).toBe(1)
    expect(readingMinutes(editorState([words(300)]))).toBe(2)
    expect(readingMinutes(editorState([words(1000)]))).toBe(5)
  })

  it('never says less than one minute', () => {
    expect(readingMinutes(editorState([words(20)]))).toBe(1)
    expect(readingMinutes(editorState([]))).toBe(1)
    expect(readingMinutes(null)).toBe(1)
  })

  it('accepts another reading speed', () => {
    expect(readingMinutes(editorState([words(400)]), 100)).toBe(4)
  })
})

describe('anchorSlug', () => {
  it('makes lowercase, hyphenated, accent-free ids', () => {
    expect(anchorSlug('Why Tight Hips Matter?')).toBe('why-tight-hips-matter')
    expect(anchorSlug('  Café & Crème: the basics ')).toBe('cafe-creme-the-basics')
    expect(anchorSlug('???')).toBe('section')
  })
})

describe('headingAnchors', () => {
  const state = editorState([
    heading('h2', 'Intro'),
    paragraph('Text.'),
    heading('h3', 'Intro'),
    heading('h2', 'Why **Tight** Hips Matter?'),
    heading('h4', 'Too deep for the contents'),
    heading('h2', 'Intro'),
  ])

  it('lists h2 and h3 headings in order with unique ids for repeated titles', () => {
    expect(headingAnchors(state).map(({ id, text, level }) => ({ id, text, level }))).toEqual([
      { id: 'intro', text: 'Intro', level: 2 },
      { id: 'intro-2', text: 'Intro', level: 3 },
      { id: 'why-tight-hips-matter', text: 'Why Tight Hips Matter?', level: 2 },
      { id: 'intro-3', text: 'Intro', level: 2 },
    ])
  })

  it('points at the heading nodes themselves, so the renderer can give them the same ids', () => {
    const anchors = headingAnchors(state)
    expect(anchors[0].node).toBe(state.root.children[0])
    expect(anchors[2].node).toBe(state.root.children[3])
  })
  it('keeps ids unique when a heading’s own text looks like a numbered duplicate', () => {
    const ids = headingAnchors(editorState([heading('h2', 'Intro'), heading('h2', 'Intro'), heading('h2', 'Intro 2')])).map((anchor) => anchor.id)
    expect(new Set(ids).size).toBe(3)
  })

  it('is empty without headings', () => {
    expect(headingAnchors(editorState([paragraph('Only text.')]))).toEqual([])
    expect(headingAnchors(null)).toEqual([])
  })
})
