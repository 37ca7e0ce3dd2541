import { describe, expect, it } from '@jest/globals'
import pg from 'pg'

import { editorState, paragraph } from '@/lib/richtext/build'

import { api, loginAs, timeUntilPage } from '../helpers/api'
import { e2eSkipReason } from '../helpers/browser'
import { E2E_PASSWORD } from '../helpers/e2e-setup'
import { LIVE_UNSAFE_HREF, UNSAFE_HREFS, unsafeLinksParagraph } from '../helpers/unsafe-links'

const describeOverHttp = e2eSkipReason() ? describe.skip : describe
const placeholder = (index: number) => `https://placeholder.example/unsafe-${index}`
const unescapeXml = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')

describeOverHttp('unsafe links already stored (an old row, written past validation)', () => {
  it('never reach the article page or any feed as a live link', async () => {
    const editor = await loginAs('editor@bthemethod.test', E2E_PASSWORD)
    // Saved with harmless addresses, then rewritten in the database behind Payload's back.
    const paragraphWithPlaceholders = unsafeLinksParagraph('https://example.com/safe', UNSAFE_HREFS.map((_, index) => placeholder(index + 1)))
    const title = `Old Row With Links ${Date.now()}`
    const created = await api<{ doc: { id: number; slug: string } }>('POST', '/articles', editor, {
      title,
      excerpt: 'An article whose stored links were tampered with.',
      content: editorState([paragraph('Before the links.'), paragraphWithPlaceholders]),
      // An old date keeps it off the first journal page, which other tests watch; the feeds still carry it.
      publishedAt: '2020-01-06T09:00:00.000Z',
      _status: 'published',
    })
    expect(created.status).toBe(201)
    const { id, slug } = created.json.doc

    const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await client.connect()
    try {
      for (const [position, url] of UNSAFE_HREFS.entries()) {
        const from = placeholder(position + 1)
        const to = JSON.stringify(url).slice(1, -1)
        await client.query('UPDATE articles SET content = replace(content::text, $1, $2)::jsonb WHERE id = $3', [from, to, id])
        await client.query('UPDATE _articles_v SET version_content = replace(version_content::text, $1, $2)::jsonb WHERE parent_id = $3', [from, to, id])
      }
    } finally {
      await client.end()
    }

    const page = await (await fetch(`${process.env.E2E_BASE_URL}/blog/${slug}`)).text()
    expect(page).toContain('unsafe link 1')
    expect(page).toContain('href="https://example.com/safe"')
    expect(page).not.toMatch(LIVE_UNSAFE_HREF)

    for (const feed of ['/blog/rss.xml', '/blog/atom.xml']) {
      await timeUntilPage(feed, (body) => body.includes(title), 5000)
      const body = unescapeXml(await (await fetch(`${process.env.E2E_BASE_URL}${feed}`)).text())
      expect(body).toContain('unsafe link 4')
      expect(body).toContain('href="https://example.com/safe"')
      expect(body).not.toMatch(LIVE_UNSAFE_HREF)
    }
    await timeUntilPage('/blog/feed.json', (body) => body.includes(title), 5000)
    const json = (await (await fetch(`${process.env.E2E_BASE_URL}/blog/feed.json`)).json()) as { items: { title: string; content_html: string }[] }
    const item = json.items.find((entry) => entry.title === title)!
    expect(item.content_html).toContain('unsafe link 2')
    expect(item.content_html).not.toMatch(LIVE_UNSAFE_HREF)
  })
})
