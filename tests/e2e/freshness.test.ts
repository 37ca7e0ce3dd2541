import { describe, expect, it } from '@jest/globals'

import { editorState, heading, paragraph } from '@/lib/richtext/build'

import { api, loginAs, previewHeaders, timeUntilPage } from '../helpers/api'
import { e2eSkipReason } from '../helpers/browser'
import { E2E_PASSWORD } from '../helpers/e2e-setup'

const describeOverHttp = e2eSkipReason() ? describe.skip : describe

type Doc = { id: number; title?: string; name?: string; slug: string }
type List = { docs: Doc[] }

// A filtered library page that proxy.ts serves from the full-route cache; Supine Hip Release is in it.
const FILTERED_LIBRARY = '/exercises?level=beginner&area=hips'

describeOverHttp('cached pages stay fresh', () => {
  it('serves a filtered exercise library and routines from the full-route cache, under their public URLs', async () => {
    const base = process.env.E2E_BASE_URL
    await fetch(base + FILTERED_LIBRARY)
    const cached = await fetch(base + FILTERED_LIBRARY)
    expect(cached.headers.get('x-nextjs-cache')).toBe('HIT')
    expect(cached.headers.get('cache-control')).toContain('s-maxage')
    const html = await cached.text()
    expect(html).toMatch(/\d+ of \d+ exercises match/)
    expect(html).toContain('Supine Hip Release')

    // The same choice in another order, with a stray parameter, is the same cached page.
    const reordered = await fetch(`${base}/exercises?area=hips&utm_source=newsletter&level=beginner`)
    expect(reordered.headers.get('x-nextjs-cache')).toBe('HIT')

    // Rare combinations still work, rendered per request, so nobody can fill the cache.
    const rare = await fetch(`${base}/exercises?area=hips&area=core&area=spine`)
    expect(rare.status).toBe(200)
    expect(rare.headers.get('cache-control')).toContain('no-store')
    expect(await rare.text()).toMatch(/\d+ of \d+ exercises match/)

    // The cached twin's own address is not a way in: it leads to the public URL.
    const direct = await fetch(`${base}/exercise-library/area%3Dhips`, { redirect: 'manual' })
    expect(direct.status).toBe(308)
    expect(direct.headers.get('location')).toMatch(/\/exercises\?area=hips$/)

    // The routines, filtered, the same way.
    await fetch(`${base}/routines?level=beginner`)
    const routines = await fetch(`${base}/routines?level=beginner`)
    expect(routines.headers.get('x-nextjs-cache')).toBe('HIT')
    expect(await routines.text()).toContain('What to do at home today')
  })

  it('shows a published change on the article, the journal and the home page within a second', async () => {
    const editor = await loginAs('editor@bthemethod.test', E2E_PASSWORD)
    const { json } = await api<List>('GET', '/articles?where[slug][equals]=why-a-small-soft-ball&depth=0', editor)
    const article = json.docs[0]
    // Warm the caches first: the point is that they are expired, not that they were empty.
    await fetch(`${process.env.E2E_BASE_URL}/blog/${article.slug}`)
    await fetch(`${process.env.E2E_BASE_URL}/blog`)

    const newTitle = `Why a Small Ball ${Date.now()}`
    const published = await api('PATCH', `/articles/${article.id}`, editor, { title: newTitle, _status: 'published' })
    expect(published.status).toBe(200)
    expect(await timeUntilPage(`/blog/${article.slug}`, (html) => html.includes(newTitle))).toBeLessThan(1000)
    expect(await timeUntilPage('/blog', (html) => html.includes(newTitle))).toBeLessThan(1000)
    expect(await timeUntilPage('/', (html) => html.includes(newTitle))).toBeLessThan(1000)
  })

  it('answers repeat visits from the app server\'s page cache, and the first visit after a publish with the new page', async () => {
    const base = process.env.E2E_BASE_URL
    const editor = await loginAs('editor@bthemethod.test', E2E_PASSWORD)
    const { json } = await api<List>('GET', '/articles?where[slug][equals]=five-minute-desk-reset&depth=0', editor)
    const article = json.docs[0]
    const path = `/blog/${article.slug}`
    // Rendered afresh (an earlier test published), then from Next's cache: kept from then on,
    // unless a publish by a test running alongside makes the server forget it again.
    let repeat = await fetch(base + path)
    for (const started = Date.now(); repeat.headers.get('x-page-cache') !== 'hit' && Date.now() - started < 5000; ) {
      await repeat.text()
      repeat = await fetch(base + path)
    }
    expect(repeat.headers.get('x-page-cache')).toBe('hit')
    expect(repeat.headers.get('etag')).toBeTruthy()
    // A browser's revalidation is a 304 without a body.
    const revalidated = await fetch(base + path, { headers: { 'if-none-match': repeat.headers.get('etag')! } })
    expect(revalidated.status).toBe(304)
    // Signed in, or in draft mode: always Next's own answer for this visitor.
    const signedIn = await fetch(base + path, { headers: { cookie: `payload-token=${editor.replace(/^JWT /, '')}` } })
    expect(signedIn.headers.get('x-page-cache')).toBeNull()
    const preview = await fetch(base + path, { headers: await previewHeaders(editor, path) })
    expect(preview.headers.get('x-page-cache')).toBeNull()

    const newTitle = `Five-Minute Desk Reset ${Date.now()}`
    const published = await api('PATCH', `/articles/${article.id}`, editor, { title: newTitle, _status: 'published' })
    expect(published.status).toBe(200)
    const afterPublish = await fetch(base + path)
    expect(afterPublish.headers.get('x-page-cache')).toBeNull()
    expect(await afterPublish.text()).toContain(newTitle)
    await api('PATCH', `/articles/${article.id}`, editor, { title: article.title, _status: 'published' })
  })

  it('keeps a draft save off the live page', async () => {
    const editor = await loginAs('editor@bthemethod.test', E2E_PASSWORD)
    const { json } = await api<List>('GET', '/articles?where[slug][equals]=five-minute-desk-reset&depth=0', editor)
    const article = json.docs[0]
    const draftTitle = `Draft only ${Date.now()}`
    const saved = await api('PATCH', `/articles/${article.id}?draft=true`, editor, { title: draftTitle })
    expect(saved.status).toBe(200)
    const html = await (await fetch(`${process.env.E2E_BASE_URL}/blog/${article.slug}`)).text()
    expect(html).toContain(article.title!)
    expect(html).not.toContain(draftTitle)
  })

  it('updates an article page when an exercise it embeds changes', async () => {
    const editor = await loginAs('editor@bthemethod.test', E2E_PASSWORD)
    const { json } = await api<List>('GET', '/exercises?where[slug][equals]=supine-hip-release&depth=0', editor)
    const exercise = json.docs[0]
    await fetch(`${process.env.E2E_BASE_URL}/blog/hip-mobility-and-lower-back-pain`)
    await fetch(`${process.env.E2E_BASE_URL}${FILTERED_LIBRARY}`)
    const newName = `Supine Hip Release ${Date.now()}`
    try {
      expect((await api('PATCH', `/exercises/${exercise.id}`, editor, { name: newName, _status: 'published' })).status).toBe(200)
      expect(await timeUntilPage('/blog/hip-mobility-and-lower-back-pain', (html) => html.includes(newName))).toBeLessThan(1000)
      expect(await timeUntilPage(`/exercises/${exercise.slug}`, (html) => html.includes(newName))).toBeLessThan(1000)
      expect(await timeUntilPage(FILTERED_LIBRARY, (html) => html.includes(newName))).toBeLessThan(1000)
    } finally {
      // Other files (the routine player) read this exercise by its name.
      expect((await api('PATCH', `/exercises/${exercise.id}`, editor, { name: exercise.name, _status: 'published' })).status).toBe(200)
    }
  })

  it('shows an open preview a change published elsewhere at once, around the draft', async () => {
    // In draft mode the menus and "Keep reading" come from the visitors' cache entries
    // (lib/server/cache.ts): a publish must expire them for the previewer too.
    const editor = await loginAs('editor@bthemethod.test', E2E_PASSWORD)
    const topic = (await api<{ docs: { id: number }[] }>('GET', '/topics?sort=name&limit=1&depth=0', editor)).json.docs[0]
    const stamp = Date.now()
    const article = (title: string, slug: string) => ({
      title,
      slug,
      excerpt: 'Written for the preview test.',
      content: editorState([heading('h2', 'A section'), paragraph('Slow, easy breaths.')]),
      topics: [topic.id],
      publishedAt: new Date().toISOString(),
    })
    const draft = await api<{ doc: { id: number } }>('POST', '/articles?draft=true', editor, { ...article('A Draft Under Review', `draft-under-review-${stamp}`), _status: 'draft' })
    const neighbour = await api<{ doc: { id: number } }>('POST', '/articles', editor, { ...article(`Neighbour ${stamp}`, `neighbour-${stamp}`), _status: 'published' })
    try {
      expect(draft.status).toBe(201)
      expect(neighbour.status).toBe(201)
      const path = `/blog/draft-under-review-${stamp}`
      const preview = { headers: await previewHeaders(editor, path) }
      // Rendered twice, so the published pieces are in the cache before they change.
      for (let i = 0; i < 2; i++) {
        const html = await (await fetch(process.env.E2E_BASE_URL + path, preview)).text()
        expect(html).toContain('A Draft Under Review')
        expect(html).toContain(`Neighbour ${stamp}`)
      }
      const renamed = `Renamed Neighbour ${stamp}`
      expect((await api('PATCH', `/articles/${neighbour.json.doc.id}`, editor, { title: renamed })).status).toBe(200)
      expect(await timeUntilPage(path, (html) => html.includes(renamed), 5000, undefined, preview)).toBeLessThan(1000)
    } finally {
      for (const created of [draft, neighbour]) if (created.json?.doc?.id) await api('DELETE', `/articles/${created.json.doc.id}`, editor)
    }
  })
})
