/** @jest-environment node */
import { describe, expect, it } from '@jest/globals'
import { XMLParser } from 'fast-xml-parser'

import { block, editorState, heading, link, paragraph, text, upload } from '@/lib/richtext/build'

import { withoutPayload } from '../helpers/without-payload'

// lib/seo/feed.ts reads through Payload; only the pure builders are under test here.
withoutPayload()

const { richTextToFeedHtml } = await import('@/lib/richtext/html')
const { buildBlogFeed, FEED_FORMATS } = await import('@/lib/seo/feed')
const { siteUrl } = await import('@/lib/server/site-url')

const image = { id: 9, url: '/api/media/file/ball.jpg', alt: 'A "soft" ball', mimeType: 'image/jpeg', width: 2400, height: 1600, caption: 'The ball', credit: 'Ana', sizes: { hero: { url: '/api/media/file/ball-1600.jpg', width: 1600, height: 1067 } } }
const exercise = { id: 4, name: 'Ball Bridge', slug: 'ball-bridge', summary: 'Lift the hips <slowly>.' }

const content = editorState([
  heading('h2', 'Why hips matter'),
  paragraph('See the [exercise library](/exercises) or [a study](https://example.com/study).'),
  { ...upload(9), value: image },
  block('exerciseEmbed', { exercise, note: 'After a long day of sitting.' }),
  block('exerciseEmbed', { exercise: 12 }),
  block('callout', { tone: 'caution', title: 'Go gently', body: 'Stop if it hurts.\nBreathe.' }),
  { type: 'paragraph', version: 1, children: [{ ...link('', [text('Topic')]), fields: { linkType: 'internal', doc: { relationTo: 'topics', value: { id: 1, slug: 'mobility' } } } }] },
])

describe('richTextToFeedHtml', () => {
  const html = richTextToFeedHtml(content as never)

  it('keeps headings and makes every link and image absolute, for readers far from the site', () => {
    expect(html).toContain('<h2>Why hips matter</h2>')
    expect(html).toContain(`href="${siteUrl()}/exercises"`)
    expect(html).toContain('href="https://example.com/study"')
    expect(html).toContain(`href="${siteUrl()}/blog/topic/mobility"`)
    expect(html).toContain(`<img src="${siteUrl()}/api/media/file/ball-1600.jpg" alt="A &quot;soft&quot; ball" width="1600" height="1067" />`)
    expect(html).toContain('<figcaption>The ball · Photo: Ana</figcaption>')
    expect(html).not.toMatch(/(href|src)="\//)
  })

  it('turns an embedded exercise into a linked name with its summary and note, escaped; an unpublished one disappears', () => {
    expect(html).toContain(`<strong>Exercise: <a href="${siteUrl()}/exercises/ball-bridge">Ball Bridge</a></strong>`)
    expect(html).toContain('<p>Lift the hips &lt;slowly&gt;.</p>')
    expect(html).toContain('<em>After a long day of sitting.</em>')
    expect(html.match(/Exercise:/g)).toHaveLength(1)
  })

  it('says a callout’s tone in words, with its title and text', () => {
    expect(html).toContain('<blockquote><p><strong>Caution: Go gently</strong></p><p>Stop if it hurts.<br />Breathe.</p></blockquote>')
  })

  it('is empty for missing content', () => {
    expect(richTextToFeedHtml(null)).toBe('')
  })
})

describe('buildBlogFeed', () => {
  const article = (id: number, slug: string, publishedAt: string) => ({
    id,
    slug,
    title: `Article ${id} & more`,
    excerpt: `Excerpt ${id}`,
    publishedAt,
    updatedAt: publishedAt,
    readingTimeMinutes: 3,
    heroImage: null,
    authorName: id === 1 ? 'Maya Delgado' : null,
    topics: [{ id: 1, name: 'Mobility', slug: 'mobility' }],
    content,
  })

  it('writes valid RSS 2.0 that parses back: channel, items in the given order, guid, dates, author, topics and full content', () => {
    const xml = buildBlogFeed([article(2, 'second', '2026-05-02T09:00:00.000Z'), article(1, 'first', '2026-05-01T09:00:00.000Z')] as never, { name: 'B The Method', tagline: 'Move with ease' }).rss2()
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml)
    const channel = parsed.rss.channel
    expect(parsed.rss['@_version']).toBe('2.0')
    expect(channel.title).toBe('B The Method journal')
    expect(channel.link).toBe(`${siteUrl()}/blog`)
    expect(channel['atom:link']['@_href']).toBe(`${siteUrl()}/blog/rss.xml`)
    const [second, first] = channel.item
    expect(second.title).toBe('Article 2 & more')
    expect(second.link).toBe(`${siteUrl()}/blog/second`)
    expect(second.pubDate).toBe('Sat, 02 May 2026 09:00:00 GMT')
    expect(second.guid['#text']).toBe(`${siteUrl()}/#article-2`)
    expect(second['dc:creator']).toBeUndefined()
    expect(first['dc:creator']).toBe('Maya Delgado')
    expect(first.category['#text']).toBe('Mobility')
    expect(first['content:encoded']).toContain('<h2>Why hips matter</h2>')
  })
  const twoArticles = () =>
    buildBlogFeed(
      [article(2, 'second', '2026-05-02T09:00:00.000Z'), article(1, 'first', '2026-05-01T09:00:00.000Z')] as never,
      { name: 'B The Method', tagline: 'Move with ease' },
      { itemAuthors: true },
    )

  it('writes the same feed as Atom 1.0: entries with ids, dates, an author for each and the full content', () => {
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(twoArticles().atom1())
    const feed = parsed.feed
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom')
    expect(feed.title).toBe('B The Method journal')
    const [second, first] = feed.entry
    expect(second.title['#text'] ?? second.title).toBe('Article 2 & more')
    expect(second.id).toBe(`${siteUrl()}/#article-2`)
    expect(second.published ?? second.updated).toMatch(/^2026-05-02T09:00:00/)
    // Atom requires an author: the feed's own (the studio) covers entries without one.
    expect(feed.author.name).toBe('B The Method')
    expect(first.author?.name).toBe('Maya Delgado')
    expect(String(first.content['#text'] ?? first.content)).toContain('<h2>Why hips matter</h2>')
  })

  it('writes the same feed as JSON Feed 1.0', () => {
    const json = JSON.parse(twoArticles().json1()) as { version: string; title: string; items: { id: string; url: string; content_html: string }[] }
    expect(json.version).toMatch(/jsonfeed\.org\/version\/1/)
    expect(json.title).toBe('B The Method journal')
    expect(json.items.map((item) => item.url)).toEqual([`${siteUrl()}/blog/second`, `${siteUrl()}/blog/first`])
    expect(json.items[1]!.content_html).toContain('<h2>Why hips matter</h2>')
  })
})

describe('feed titles and excerpts are text, never live markup', () => {
  const hostile = { id: 7, slug: 'x', title: '<script>alert(1)</script><b>Bold</b>', excerpt: '<img src=x onerror=alert(2)> & ]]> end', publishedAt: '2026-05-02T09:00:00.000Z', updatedAt: '2026-05-02T09:00:00.000Z', readingTimeMinutes: 1, heroImage: null, authorName: null, topics: [], content: null }
  const written = (format: keyof typeof FEED_FORMATS) => {
    const { htmlText, itemAuthors, write } = FEED_FORMATS[format]
    return write(buildBlogFeed([hostile] as never, { name: 'B The Method', tagline: null }, { htmlText, itemAuthors }))
  }

  it.each(['rss', 'atom'] as const)('%s: escaped, so a reader that treats them as HTML shows the words', (format) => {
    const xml = written(format)
    expect(xml).not.toMatch(/<script|<img|<b>/i)
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;Bold&lt;/b&gt;')
    expect(xml).toContain('&lt;img src=x onerror=alert(2)&gt; &amp; ]]&gt; end')
  })

  it('json: plain text as JSON Feed defines it, unescaped', () => {
    const json = JSON.parse(written('json')) as { items: { title: string }[] }
    expect(json.items[0]!.title).toBe(hostile.title)
  })
})

describe('richTextToFeedHtml with unsafe links stored in old rows', () => {
  it('keeps their words as text and drops the link; safe links stay', async () => {
    const { editorState } = await import('@/lib/richtext/build')
    const { unsafeLinksParagraph, LIVE_UNSAFE_HREF } = await import('../helpers/unsafe-links')
    const html = richTextToFeedHtml(editorState([unsafeLinksParagraph() as never]) as never)
    expect(html).not.toMatch(LIVE_UNSAFE_HREF)
    expect(html).toContain('unsafe link 1')
    expect(html).toContain('unsafe link 3')
    expect(html).toMatch(/<a href="https:\/\/example\.com\/safe">safe link<\/a>/)
  })
})
