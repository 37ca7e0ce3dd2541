import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'

import { editorState, paragraph } from '@/lib/richtext/build'

import { api, loginAs } from '../helpers/api'
import { baseUrl, e2eSkipReason, launchBrowser, openPage } from '../helpers/browser'
import { E2E_PASSWORD } from '../helpers/e2e-setup'

const describeOverHttp = e2eSkipReason() ? describe.skip : describe

type Doc = { id: number; slug: string; title?: string }

const HIP_ARTICLE = '/blog/hip-mobility-and-lower-back-pain'

async function publishArticle(editor: string, title: string, slug: string, body = 'A calm paragraph.'): Promise<Doc> {
  const { status, json } = await api<{ doc: Doc }>('POST', '/articles', editor, {
    title,
    slug,
    excerpt: 'A short excerpt for the card.',
    content: editorState([paragraph(body)]),
    _status: 'published',
  })
  expect(status).toBe(201)
  return json.doc
}

/** Polls until the address answers the expected status (cached pages expire on publish). */
async function statusOf(path: string, expected: number, deadlineMs = 3000): Promise<Response> {
  const started = Date.now()
  for (;;) {
    const response = await fetch(baseUrl() + path, { redirect: 'manual' })
    if (response.status === expected || Date.now() - started > deadlineMs) return response
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/**
 * The redirect target. Next 16.4 sends the Location header twice (same value) when a
 * prerendered route redirects; browsers accept identical copies, fetch joins them.
 */
function locationPath(response: Response): string {
  const copies = new Set((response.headers.get('location') ?? '').split(', '))
  expect(copies.size).toBe(1)
  return new URL([...copies][0]!, baseUrl()).pathname
}

describeOverHttp('site search', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('finds the hip mobility article first for "hip", from the search box in the header', async () => {
    const page = await openPage(browser, '/')
    await page.getByRole('searchbox', { name: 'Search articles, exercises and classes' }).fill('hip')
    await page.getByRole('searchbox', { name: 'Search articles, exercises and classes' }).press('Enter')
    await page.waitForURL(/\/search\?q=hip/)
    await expect(page.getByRole('heading', { level: 2, name: /results for “hip”/ }).isVisible()).resolves.toBe(true)
    const results = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) })
    const first = results.first()
    await expect(first.getByRole('link').getAttribute('href')).resolves.toBe(HIP_ARTICLE)
    await expect(first.getByText('Article', { exact: true }).isVisible()).resolves.toBe(true)
    expect(await first.locator('mark').count()).toBeGreaterThan(0)
    expect(await results.count()).toBe(10)
    await expect(page.getByRole('navigation', { name: 'Search result pages' }).isVisible()).resolves.toBe(true)
    await page.close()
  })

  it('filters by type, offers a spelling suggestion, and says so when nothing matches', async () => {
    const exercisesOnly = await (await fetch(`${baseUrl()}/search?q=hip&type=exercises`)).text()
    expect(exercisesOnly).toMatch(/results for “hip” in exercises/)
    const resultList = exercisesOnly.slice(exercisesOnly.indexOf('<ol'), exercisesOnly.indexOf('</ol>'))
    expect(resultList).toContain('href="/exercises/')
    expect(resultList).not.toContain('href="/blog/')

    const typo = await (await fetch(`${baseUrl()}/search?q=${encodeURIComponent('hipp mobilty')}`)).text()
    expect(typo).toContain('Did you mean')
    expect(typo).toContain('href="/search?q=hip+mobility"')

    const nothing = await (await fetch(`${baseUrl()}/search?q=xylophone`)).text()
    expect(nothing).toContain('No results for “xylophone”')
    expect(nothing).toContain('<meta name="robots" content="noindex, follow"/>')
  })

  it('finds a newly published article at once and never a draft', async () => {
    const editor = await loginAs('editor@bthemethod.test', E2E_PASSWORD)
    const word = `quillwort${Date.now().toString(36).replace(/\d/g, '')}`
    await publishArticle(editor, `A note on ${word}`, `note-${Date.now()}`)
    const draft = await api('POST', '/articles?draft=true', editor, {
      title: `Draft ${word}`,
      excerpt: 'Draft.',
      content: editorState([paragraph('Draft text.')]),
      _status: 'draft',
    })
    expect(draft.status).toBe(201)
    const html = await (await fetch(`${baseUrl()}/search?q=${word}`)).text()
    // The title links to the article, the matched word marked.
    expect(html).toMatch(new RegExp(`>A note on <mark[^>]*>${word}</mark></a>`))
    expect(html).not.toContain(`Draft ${word}`)
    expect(html).toMatch(/1 result for/)
  })
})

describeOverHttp('redirects', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('forwards the old address of an article whose slug changed, so old links never 404', async () => {
    const editor = await loginAs('editor@bthemethod.test', E2E_PASSWORD)
    const stamp = Date.now().toString(36)
    const article = await publishArticle(editor, `Moving article ${stamp}`, `moving-${stamp}`)
    expect((await statusOf(`/blog/moving-${stamp}`, 200)).status).toBe(200)

    const moved = await api('PATCH', `/articles/${article.id}`, editor, { slug: `moved-${stamp}`, _status: 'published' })
    expect(moved.status).toBe(200)
    const old = await statusOf(`/blog/moving-${stamp}`, 308)
    expect(old.status).toBe(308)
    expect(locationPath(old)).toBe(`/blog/moved-${stamp}`)
    // A visitor with the old link lands on the article.
    const page = await openPage(browser, `/blog/moving-${stamp}`)
    expect(new URL(page.url()).pathname).toBe(`/blog/moved-${stamp}`)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(`Moving article ${stamp}`)
    await page.close()
  })

  it('forwards an old storefront address an editor entered, and still answers 404 for unknown ones', async () => {
    const editor = await loginAs('editor@bthemethod.test', E2E_PASSWORD)
    const { json } = await api<{ docs: Doc[] }>('GET', '/articles?where[slug][equals]=hip-mobility-and-lower-back-pain&depth=0', editor)
    // Visited before the redirect exists: the cached 404 must give way to it.
    expect((await fetch(`${baseUrl()}/blogs/news/the-link-between-hip-mobility-lower-back-pain`, { redirect: 'manual' })).status).toBe(404)
    const created = await api('POST', '/redirects', editor, {
      from: '/blogs/news/the-link-between-hip-mobility-lower-back-pain',
      to: { type: 'reference', reference: { relationTo: 'articles', value: json.docs[0]!.id } },
      type: '308',
    })
    expect(created.status).toBe(201)
    const old = await statusOf('/blogs/news/the-link-between-hip-mobility-lower-back-pain', 308)
    expect(old.status).toBe(308)
    expect(locationPath(old)).toBe(HIP_ARTICLE)
    expect((await fetch(`${baseUrl()}/blogs/news/never-existed`)).status).toBe(404)
  })

  it('keeps the redirect list and the search index away from visitors', async () => {
    expect((await api('GET', '/redirects')).status).toBe(403)
    expect((await api('GET', '/search')).status).toBe(403)
  })
})

type Head = { title: string; description?: string; canonical?: string; og: Record<string, string>; twitter: Record<string, string> }

async function headOf(path: string): Promise<Head> {
  const response = await fetch(baseUrl() + path)
  expect(response.status).toBe(200)
  const html = (await response.text()).split('</head>')[0]!
  const attr = (tag: string, name: string) => tag.match(new RegExp(`${name}="([^"]*)"`))?.[1]
  const metas = [...html.matchAll(/<meta [^>]*>/g)].map((match) => match[0])
  const pick = (prefix: string, key: 'property' | 'name') =>
    Object.fromEntries(metas.flatMap((tag) => (attr(tag, key)?.startsWith(prefix) ? [[attr(tag, key)!, attr(tag, 'content') ?? '']] : [])))
  return {
    title: html.match(/<title>([^<]*)<\/title>/)?.[1] ?? '',
    description: metas.map((tag) => (attr(tag, 'name') === 'description' ? attr(tag, 'content') : undefined)).find(Boolean),
    canonical: html.match(/<link rel="canonical" href="([^"]*)"/)?.[1],
    og: pick('og:', 'property'),
    twitter: pick('twitter:', 'name'),
  }
}

describeOverHttp('page metadata', () => {
  const pages = [
    { path: '/', title: /^B The Method: / },
    { path: '/blog', title: /^Journal \| B The Method$/ },
    { path: '/blog/topic/mobility', title: /^Mobility articles \| B The Method$/ },
    { path: HIP_ARTICLE, title: /^How Hip Mobility Shapes a Comfortable Lower Back \| B The Method$/, type: 'article' },
    { path: '/exercises', title: /^Exercise library \| B The Method$/ },
    { path: '/exercises/ball-bridge', title: /^Ball Bridge \| B The Method$/ },
    { path: '/studio', title: /^The studio \| B The Method$/ },
    { path: '/studio/locations/brooklyn', title: /Brooklyn \| B The Method$/ },
    { path: '/studio/instructors/maya-delgado', title: /^Maya Delgado \| B The Method$/ },
    { path: '/classes/ball-foundations', title: /^Ball Foundations \| B The Method$/ },
    { path: '/offerings', title: /^Offerings \| B The Method$/ },
  ]

  it.each(pages)('$path has a title, description, canonical URL and share cards', async ({ path, title, type = 'website' }) => {
    const head = await headOf(path)
    expect(head.title).toMatch(title)
    expect(head.description?.length).toBeGreaterThan(40)
    expect(head.description!.length).toBeLessThanOrEqual(155)
    expect(new URL(head.canonical!).pathname).toBe(path)
    expect(head.og['og:url']).toBe(head.canonical)
    expect(head.og['og:type']).toBe(type)
    expect(head.og['og:site_name']).toBe('B The Method')
    expect(head.og['og:title']?.length).toBeGreaterThan(3)
    expect(head.og['og:image']).toMatch(/^https?:\/\//)
    expect(head.twitter['twitter:card']).toBe('summary_large_image')
    // X falls back to og:image; a copy of it would be sent twice more (markup and payload).
    expect(head.twitter['twitter:image']).toBeUndefined()
  })

  it("uses the editor's SEO title and description when set", async () => {
    const editor = await loginAs('editor@bthemethod.test', E2E_PASSWORD)
    const stamp = Date.now().toString(36)
    const article = await publishArticle(editor, `Plain title ${stamp}`, `seo-${stamp}`)
    const updated = await api('PATCH', `/articles/${article.id}`, editor, {
      meta: { title: `Hand-written title ${stamp}`, description: 'A description written for search results by marketing.' },
      _status: 'published',
    })
    expect(updated.status).toBe(200)
    const started = Date.now()
    let head = await headOf(`/blog/seo-${stamp}`)
    while (head.title !== `Hand-written title ${stamp}` && Date.now() - started < 3000) head = await headOf(`/blog/seo-${stamp}`)
    expect(head.title).toBe(`Hand-written title ${stamp}`)
    expect(head.description).toBe('A description written for search results by marketing.')
    expect(head.og['og:title']).toBe(`Hand-written title ${stamp}`)
  })
})
