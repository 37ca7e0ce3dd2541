/**
 * @jest-environment node
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { beforeAll, describe, expect, it } from '@jest/globals'
import type { SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'

import { articleEditorConfig } from '@/lib/import/editor-config'
import { parseSource } from '@/lib/import/parse'
import { parseText } from '@/lib/import/parse-text'
import { decodeSource } from '@/lib/import/read'
import { firstParagraph, trimExcerpt } from '@/lib/import/shape'
import type { ParsedPost } from '@/lib/import/types'
import { lexicalToPlainText } from '@/lib/richtext/text'

const FIXTURES = path.join(process.cwd(), 'tests/fixtures/import')
let editorConfig: SanitizedServerEditorConfig
beforeAll(async () => {
  const { default: config } = await import('@payload-config')
  editorConfig = articleEditorConfig(await config)
})

type Node = { type: string; tag?: string; text?: string; format?: number; children?: Node[]; fields?: { url?: string }; listType?: string }

function parseFixture(file: string): ParsedPost {
  const result = parseSource({ name: path.basename(file), data: readFileSync(path.join(FIXTURES, file)) }, editorConfig)
  if (!result.ok) throw new Error(result.reason)
  return result.post
}
const blocks = (post: ParsedPost) => post.content.root.children as Node[]
/** "paragraph h2 ol:3 ..." : the outline of the article, as the seed test describes the seed article. */
const outline = (post: ParsedPost) => blocks(post).map((node) => (node.type === 'list' ? `${node.tag}:${node.children?.length}` : (node.tag ?? node.type))).join(' ')
const textOf = (node: Node): string => node.text ?? (node.type === 'linebreak' ? '\n' : (node.children ?? []).map(textOf).join(''))
const all = (post: ParsedPost) => {
  const found: Node[] = []
  const walk = (node: Node) => (found.push(node), node.children?.forEach(walk))
  blocks(post).forEach(walk)
  return found
}

describe('plain text in the shape of the old blog page', () => {
  const post = () => parseFixture('posts/shoulder-mobility.txt')

  it('takes the title from the first line, drops its repeat and the page chrome', () => {
    expect(post().title).toBe('Why Shoulder Mobility Matters More Than You Think')
    const plain = lexicalToPlainText(post().content)
    expect(plain).not.toMatch(/Skip to content|Back to blog/)
    expect(plain.match(/Why Shoulder Mobility Matters/g)).toBeNull()
  })

  it('has the seed article shape: intro, heading, numbered points, heading, numbered points, closing paragraph', () => {
    expect(outline(post())).toBe('paragraph h2 ol:3 h2 ol:4 paragraph')
    const [, why, whyPoints, how] = blocks(post())
    expect(textOf(why)).toBe('What Happens When Shoulders Get Stiff')
    expect(textOf(how)).toBe('How to Open the Shoulders Gently')
    // Each point: bold title, line break, its paragraph (what the article page styles as a numbered section).
    const first = whyPoints.children![0].children!
    expect(first[0]).toMatchObject({ type: 'text', text: 'The Neck Takes Over Every Reach', format: 1 })
    expect(first[1].type).toBe('linebreak')
    expect(first[2].text).toMatch(/^Lifting a bag onto a shelf/)
  })

  it('turns bare addresses into links and notes what was guessed', () => {
    const links = all(post()).filter((node) => node.type === 'link')
    expect(links.map((node) => node.fields?.url)).toEqual(['https://example.org/shoulders'])
    expect(post().notes.join('\n')).toMatch(/Headings were recognised from plain text \(2\)/)
    expect(post().notes.join('\n')).toContain("Check the numbered list in 'How to Open the Shoulders Gently' (4 points).")
  })

  it('gives the same post the same source id every time, and reads a date line under the title', () => {
    expect(post().sourceId).toBe(parseFixture('posts/shoulder-mobility.txt').sourceId)
    const dated = parseText('Rest Days Count Too\n\nMarch 3, 2025\n\nRecovery is part of training, and the body adapts while you rest between sessions.\n')
    expect(dated.ok && dated.post.date?.toISOString()).toBe('2025-03-03T12:00:00.000Z')
    expect(dated.ok && dated.post.sourceId).not.toBe(post().sourceId)
  })

  it('keeps short numbered lines without paragraphs as an ordinary list, and bullets as bullets', () => {
    const result = parseText('Kit List\n\nBring these to class:\n\n1. A mat\n2. A small ball\n3. Water\n\n- Wear socks\n- Arrive early\n')
    expect(result.ok && outline(result.post)).toBe('paragraph ol:3 ul:2')
  })
})

describe('a saved storefront article page', () => {
  const post = () => parseFixture('posts/breathing-into-your-ribs.html')

  it('reads title, handle, date and tags from the page', () => {
    expect(post()).toMatchObject({
      title: 'Breathing Into Your Ribs: A Gentle Guide',
      slug: 'breathing-into-your-ribs',
      sourceId: 'handle:breathing-into-your-ribs',
      tags: ['Breathwork', 'rib mobility'],
    })
    expect(post().date?.toISOString()).toBe('2025-09-04T12:30:00.000Z')
  })

  it('keeps the article only: no skip link, navigation, share buttons, back link, tags line or footer', () => {
    const plain = lexicalToPlainText(post().content)
    for (const chrome of ['Skip to content', 'Free shipping', 'Journal', 'Cart', 'Share', 'Tweet', 'Back to blog', 'Tags:', 'newsletter', 'Powered by', 'Studio Team', 'September 4']) {
      expect(plain).not.toContain(chrome)
    }
    expect(plain.startsWith('Most of us breathe into the belly')).toBe(true)
  })

  it('keeps headings, turns "1. Title" headings with a paragraph into numbered points, keeps a real list, links and emphasis', () => {
    expect(outline(post())).toBe('paragraph h2 ol:2 h2 ol:3 paragraph import-image import-image paragraph')
    const points = blocks(post())[2]
    expect(points.children!.map((item) => item.children![0].text)).toEqual(['Hours Spent Hunched Forward', 'Holding the Belly In'])
    const list = blocks(post())[4]
    expect(list.children!.map(textOf)).toEqual([
      'Place your hands on the sides of your ribs.',
      'Breathe in through the nose and feel them press into your palms.',
      'Exhale slowly through pursed lips.',
    ])
    const nodes = all(post())
    expect(nodes.find((node) => node.text === 'lighter')?.format).toBe(2)
    expect(nodes.find((node) => node.text === 'neck and shoulders')?.format).toBe(1)
    // A link to another post on the old blog now points to its place on the new site.
    expect(nodes.filter((node) => node.type === 'link').map((node) => node.fields?.url)).toEqual(['/blog/ball-basics', 'https://example.org/diaphragm'])
  })

  it('collects the featured image as hero and the article images with their alt text and captions', () => {
    expect(post().heroImage).toEqual({ src: 'ribs_files/ribs-hero.png', alt: 'A student lying over a small ball with hands on her ribs' })
    expect(post().images).toEqual([
      { src: 'ribs_files/side-lying.png', caption: 'Side-lying breath over the ball' },
      { src: 'https://cdn.example.com/files/remote-only.jpg', alt: 'A remote picture' },
    ])
  })
})

describe('Markdown with front matter', () => {
  const post = () => parseFixture('posts/desk-break.md')

  it('reads title, slug, date, tags, excerpt and hero image from the front matter', () => {
    expect(post()).toMatchObject({
      title: 'A Five-Minute Desk Break for Your Upper Back',
      slug: 'five-minute-desk-break',
      tags: ['Posture', 'Desk Work', 'mobility'],
      excerpt: 'Five minutes, one chair and a soft ball are enough to undo an afternoon of slumping.',
      heroImage: { src: 'images/desk-hero.png', alt: 'A chair by a sunny window with a small soft ball on the seat' },
    })
    // A bare day is noon UTC: the same calendar day in every time zone.
    expect(post().date?.toISOString()).toBe('2025-11-18T12:00:00.000Z')
  })

  it('converts with Payload: headings, numbered points (the image between them follows the list), bullets, links, emphasis', () => {
    expect(outline(post())).toBe('paragraph h2 paragraph h2 ol:3 import-image h2 ul:2 paragraph')
    expect(blocks(post())[4].children!.map((item) => item.children![0].text)).toEqual([
      'Seated Cat and Cow',
      'Ball Squeeze Between the Knees',
      'Thread the Arm Across',
    ])
    const nodes = all(post())
    expect(nodes.find((node) => node.text === 'neutral')?.format).toBe(2)
    expect(nodes.find((node) => node.text === 'small soft ball')?.format).toBe(1)
    expect(nodes.find((node) => node.type === 'link')?.fields?.url).toBe('https://example.org/safety')
    expect(post().images).toEqual([{ src: 'images/ball-squeeze.png', alt: undefined }])
  })

  it('takes a "# Title" line as the title when the front matter has none', () => {
    const result = parseSource({ name: 'x.md', data: Buffer.from('# Slow Mornings\n\nA calm start to the day makes the rest of it easier for most people.\n') }, editorConfig)
    expect(result.ok && result.post.title).toBe('Slow Mornings')
    expect(result.ok && outline(result.post)).toBe('paragraph')
  })
})

describe('bad input is refused with a reason, never thrown', () => {
  it.each([
    ['broken/photo-saved-as-text.txt', /binary file/],
    ['broken/empty.md', /empty file/],
    ['broken/latin1-post.txt', /not valid UTF-8/],
    ['broken/no-title.md', /no title/],
  ])('%s', (file, reason) => {
    const result = parseSource({ name: path.basename(file), data: readFileSync(path.join(FIXTURES, file)) }, editorConfig)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.reason).toMatch(reason)
  })

  it('refuses unsupported types and zero bytes; accepts UTF-16 with a byte-order mark', () => {
    expect(parseSource({ name: 'post.docx', data: Buffer.from('x') }, editorConfig)).toEqual({ ok: false, reason: expect.stringMatching(/unsupported file type: docx/) })
    expect(decodeSource(new Uint8Array())).toEqual({ ok: false, reason: 'empty file' })
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Title\n\nCafé text', 'utf16le')])
    expect(decodeSource(utf16)).toEqual({ ok: true, text: 'Title\n\nCafé text' })
  })
})

describe('excerpt', () => {
  it('is the first real paragraph, cut at a word boundary within the limit, with an ellipsis', () => {
    const long = 'Gentle movement every day. '.repeat(20)
    const excerpt = trimExcerpt(long, 300)
    expect(excerpt.length).toBeLessThanOrEqual(300)
    expect(excerpt.endsWith('…')).toBe(true)
    expect(long.startsWith(excerpt.slice(0, -1))).toBe(true)
    expect(excerpt.slice(0, -1)).toMatch(/[a-z]$/)
    expect(trimExcerpt('  Short and sweet. ', 300)).toBe('Short and sweet.')
    expect(firstParagraph(parseFixture('posts/shoulder-mobility.txt').content)).toMatch(/^Stiff shoulders rarely stay/)
  })
})

describe('unsafe links in imported posts', () => {
  const links = (post: ParsedPost) => all(post).filter((node) => node.type === 'link' || node.type === 'autolink')

  it('drops javascript:, data: and vbscript: links from HTML, keeps their words, and says so', () => {
    const html = `<html><head><title>Unsafe</title></head><body><article><h1>Links to Strip</h1>
      <p>Read <a href="javascript:alert(1)">this tip</a>, <a href="java&#x09;script:alert(2)">that one</a>,
      <a href="data:text/html,&lt;script&gt;alert(3)&lt;/script&gt;">a page</a>, <a href=" VBScript:msgbox(4)">an old one</a>
      and <a href="https://example.com/safe">a safe one</a>, which is long enough to be a first paragraph.</p></article></body></html>`
    const result = parseSource({ name: 'unsafe.html', data: Buffer.from(html) }, editorConfig)
    if (!result.ok) throw new Error(result.reason)
    expect(links(result.post).map((node) => node.fields?.url)).toEqual(['https://example.com/safe'])
    expect(lexicalToPlainText(result.post.content)).toMatch(/this tip, that one, a page, an old one and a safe one/)
    expect(result.post.notes.join('\n')).toMatch(/4 links with an unsafe address \(javascript, data, vbscript\) removed/)
  })

  it('drops them from Markdown too', () => {
    const md = '---\ntitle: Markdown Links\n---\n\nA [bad link](javascript:alert(1)) and a [good one](https://example.com) in a paragraph long enough.\n'
    const result = parseSource({ name: 'unsafe.md', data: Buffer.from(md) }, editorConfig)
    if (!result.ok) throw new Error(result.reason)
    expect(links(result.post).map((node) => node.fields?.url)).toEqual(['https://example.com'])
    expect(lexicalToPlainText(result.post.content)).toContain('A bad link and a good one')
    expect(result.post.notes.join('\n')).toMatch(/1 link with an unsafe address \(javascript\) removed/)
  })
})
