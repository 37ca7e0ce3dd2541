import { afterAll, describe, expect, it } from '@jest/globals'
import { XMLParser } from 'fast-xml-parser'

import { editorState, heading, paragraph } from '@/lib/richtext/build'
import { articles } from '@/seed/articles'

import { api, loginAs, timeUntilPage } from '../helpers/api'
import { baseUrl, e2eSkipReason } from '../helpers/browser'
import { E2E_PASSWORD } from '../helpers/e2e-setup'

const describeOverHttp = e2eSkipReason() ? describe.skip : describe

const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/
const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/
const draft = articles.find((article) => article.status === 'draft')!
const published = articles.filter((article) => article.status === 'published')
const xml = new XMLParser({ ignoreAttributes: false })

type Json = Record<string, unknown> & { '@type'?: string }

async function get(path: string): Promise<Response> {
  return fetch(baseUrl() + path)
}

/** Every JSON-LD object of a page as a crawler reads it: the server's HTML, each script parsed. */
async function structuredData(path: string): Promise<Json[]> {
  const response = await get(path)
  expect(response.status).toBe(200)
  const html = await response.text()
  const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => match[1])
  return scripts.flatMap((script): Json[] => [JSON.parse(script) as Json | Json[]].flat())
}

const ofType = (items: Json[], type: string) => items.filter((item) => item['@type'] === type)

function expectAbsoluteUrl(value: unknown) {
  expect(typeof value).toBe('string')
  expect(new URL(value as string).protocol).toMatch(/^https?:$/)
}

function expectBreadcrumbs(items: Json[], names: string[]) {
  const [list] = ofType(items, 'BreadcrumbList')
  expect(list?.['@context']).toBe('https://schema.org')
  const elements = list.itemListElement as Json[]
  expect(elements.map((element) => element.name)).toEqual(names)
  elements.forEach((element, index) => {
    expect(element['@type']).toBe('ListItem')
    expect(element.position).toBe(index + 1)
    expectAbsoluteUrl(element.item)
  })
}

/** The path of a sitemap or feed URL (their origin is the public one, not the test server's). */
const pathOf = (url: string) => new URL(url).pathname

function readSitemap(text: string): { loc: string; lastmod?: string }[] {
  const parsed = xml.parse(text)
  const urls = parsed.urlset.url
  return (Array.isArray(urls) ? urls : [urls]) as { loc: string; lastmod?: string }[]
}

type RssItem = { title: string; link: string; guid: { '#text': string }; pubDate: string; description: string; 'content:encoded': string; category?: unknown }

function readRss(text: string): { channel: Record<string, unknown>; items: RssItem[] } {
  const parsed = xml.parse(text)
  const channel = parsed.rss.channel
  const items = channel.item === undefined ? [] : Array.isArray(channel.item) ? channel.item : [channel.item]
  return { channel, items }
}

describeOverHttp('discovery: structured data', () => {
  it('home page: Organization with name, url and logo, and the WebSite it publishes', async () => {
    const items = await structuredData('/')
    const [organization] = ofType(items, 'Organization')
    expect(organization).toMatchObject({ '@context': 'https://schema.org', name: 'B The Method' })
    expectAbsoluteUrl(organization.url)
    expectAbsoluteUrl((organization.logo as Json).url)
    const [website] = ofType(items, 'WebSite')
    expect(website.name).toBe('B The Method')
    expect((website.publisher as Json)['@id']).toBe(organization['@id'])
  })

  it('article: BlogPosting with headline, image, ISO 8601 dates, author, publisher with logo; breadcrumbs to the journal', async () => {
    const items = await structuredData('/blog/hip-mobility-and-lower-back-pain')
    const [posting] = ofType(items, 'BlogPosting')
    expect(posting.headline).toBe('How Hip Mobility Shapes a Comfortable Lower Back')
    expect(typeof posting.description).toBe('string')
    expectAbsoluteUrl(posting.image)
    expect(posting.datePublished).toMatch(ISO_8601)
    expect(posting.dateModified).toMatch(ISO_8601)
    expect(new Date(posting.dateModified as string).getTime()).toBeGreaterThanOrEqual(new Date(posting.datePublished as string).getTime() - 1000)
    expect((posting.author as Json)['@type']).toBe('Person')
    expect(typeof (posting.author as Json).name).toBe('string')
    expect((posting.publisher as Json)['@type']).toBe('Organization')
    expectAbsoluteUrl(((posting.publisher as Json).logo as Json).url)
    expect(pathOf((posting.mainEntityOfPage as Json)['@id'] as string)).toBe('/blog/hip-mobility-and-lower-back-pain')
    expectBreadcrumbs(items, ['Home', 'Journal', 'How Hip Mobility Shapes a Comfortable Lower Back'])
  })

  it('location: ExerciseGym with address, geo, telephone, url and the CMS opening hours', async () => {
    const items = await structuredData('/studio/locations/brooklyn')
    const [gym] = ofType(items, 'ExerciseGym')
    expect(gym.name).toBe('B The Method Brooklyn')
    expect(gym.telephone).toBe('+1 718 555 0142')
    expect(pathOf(gym.url as string)).toBe('/studio/locations/brooklyn')
    expect(gym.address).toMatchObject({ '@type': 'PostalAddress', streetAddress: '412 Halsey Lane, Suite 2', addressLocality: 'Brooklyn', addressRegion: 'NY', postalCode: '11238', addressCountry: 'US' })
    expect(gym.geo).toEqual({ '@type': 'GeoCoordinates', latitude: 40.6776, longitude: -73.9691 })
    const hours = gym.openingHoursSpecification as Json[]
    for (const entry of hours) {
      expect(entry['@type']).toBe('OpeningHoursSpecification')
      expect(entry.opens).toMatch(HH_MM)
      expect(entry.closes).toMatch(HH_MM)
    }
    const days = (entry: Json) => entry.dayOfWeek as string[]
    expect(hours.find((entry) => entry.opens === '07:00' && entry.closes === '20:00')).toMatchObject({
      dayOfWeek: ['https://schema.org/Tuesday', 'https://schema.org/Thursday'],
    })
    // Brooklyn is closed on Sundays: no range may name it.
    expect(hours.flatMap(days)).not.toContain('https://schema.org/Sunday')
    expectBreadcrumbs(items, ['Home', 'Studio', 'B The Method Brooklyn'])
  })

  it.each([
    ['/blog/topic/breathwork', ['Home', 'Journal', 'Breathwork']],
    ['/exercises/ball-bridge', ['Home', 'Exercises', 'Ball Bridge']],
    ['/studio/instructors/maya-delgado', ['Home', 'Studio', 'Maya Delgado']],
    ['/classes/ball-foundations', ['Home', 'Studio', 'Ball Foundations']],
  ])('%s has a BreadcrumbList from the home page', async (path, names) => {
    expectBreadcrumbs(await structuredData(path), names)
  })
})

describeOverHttp('discovery: robots.txt and sitemap.xml', () => {
  it('robots.txt keeps crawlers out of the admin, the API and previews, lets images through, and names the sitemap', async () => {
    const response = await get('/robots.txt')
    expect(response.status).toBe(200)
    const lines = (await response.text()).split('\n').map((line) => line.trim())
    expect(lines).toEqual(expect.arrayContaining(['User-Agent: *', 'Allow: /', 'Disallow: /admin', 'Disallow: /api/', 'Disallow: /preview', 'Allow: /api/media/file/']))
    const sitemapLine = lines.find((line) => line.startsWith('Sitemap: '))!
    expect(pathOf(sitemapLine.slice('Sitemap: '.length))).toBe('/sitemap.xml')
  })

  it('sitemap.xml lists every published article with its lastmod, no draft, and only pages that answer 200', async () => {
    const response = await get('/sitemap.xml')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/xml/)
    const entries = readSitemap(await response.text())
    const paths = entries.map((entry) => pathOf(entry.loc))
    expect(new Set(paths).size).toBe(paths.length)
    for (const article of published) {
      const entry = entries.find((item) => pathOf(item.loc) === `/blog/${article.slug}`)
      expect(entry?.lastmod).toMatch(ISO_8601)
    }
    expect(paths).not.toContain(`/blog/${draft.slug}`)
    expect(paths).toEqual(expect.arrayContaining(['/', '/blog', '/blog/topic/breathwork', '/exercises', '/exercises/ball-bridge', '/studio', '/studio/locations/brooklyn', '/studio/instructors/maya-delgado', '/classes/ball-foundations', '/offerings']))
    // A sitemap that points at a 404 wastes a crawler's visit.
    const statuses = await Promise.all(paths.map(async (path) => [path, (await fetch(baseUrl() + path, { method: 'HEAD' })).status] as const))
    expect(statuses.filter(([, status]) => status !== 200)).toEqual([])
  })

  it('answers 404 for a sitemap part that does not exist', async () => {
    for (const part of ['/sitemap/9.xml', '/sitemap/nope', '/sitemap/-1.xml']) expect({ part, status: (await get(part)).status }).toEqual({ part, status: 404 })
  })
})

describeOverHttp('discovery: the journal feed', () => {
  it('/blog/rss.xml is RSS 2.0 of the latest published articles, newest first, with full HTML content', async () => {
    const response = await get('/blog/rss.xml')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
    // Kept in Next's cache until a publish, but never for a year in someone else's.
    expect(response.headers.get('cache-control')).toMatch(/max-age=0/)
    const { channel, items } = readRss(await response.text())
    expect(channel.title).toBe('B The Method journal')
    expect(pathOf(channel.link as string)).toBe('/blog')
    expect(items.length).toBeGreaterThanOrEqual(published.length)
    expect(items.length).toBeLessThanOrEqual(20)
    const dates = items.map((item) => new Date(item.pubDate).getTime())
    expect(dates.every((date) => !Number.isNaN(date))).toBe(true)
    expect([...dates].sort((a, b) => b - a)).toEqual(dates)
    expect(items.map((item) => pathOf(item.link))).not.toContain(`/blog/${draft.slug}`)
    expect(new Set(items.map((item) => item.guid['#text'])).size).toBe(items.length)
    const hip = items.find((item) => pathOf(item.link) === '/blog/hip-mobility-and-lower-back-pain')!
    expect(hip.title).toBe('How Hip Mobility Shapes a Comfortable Lower Back')
    expect(hip.description.length).toBeGreaterThan(20)
    expect(hip['content:encoded']).toMatch(/<h2[ >]/)
    expect(hip['content:encoded']).not.toMatch(/(href|src)="\//)
  })

  it('is announced in the head of the blog pages, as RSS, Atom and JSON Feed', async () => {
    for (const path of ['/blog', '/blog/topic/breathwork', '/blog/hip-mobility-and-lower-back-pain']) {
      const html = await (await get(path)).text()
      const link = html.match(/<link rel="alternate" type="application\/rss\+xml" href="([^"]+)"/)
      expect(link && pathOf(link[1])).toBe('/blog/rss.xml')
      expect(pathOf(html.match(/<link rel="alternate" type="application\/atom\+xml" href="([^"]+)"/)![1]!)).toBe('/blog/atom.xml')
      expect(pathOf(html.match(/<link rel="alternate" type="application\/feed\+json" href="([^"]+)"/)![1]!)).toBe('/blog/feed.json')
    }
  })

  it('/blog/atom.xml and /blog/feed.json carry the same articles', async () => {
    const atomResponse = await get('/blog/atom.xml')
    expect(atomResponse.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    const atom = xml.parse(await atomResponse.text()).feed
    type AtomLink = { '@_href': string; '@_rel'?: string }
    const entries = ([atom.entry].flat() as { link: AtomLink | AtomLink[]; updated: string }[]).map((entry) => ({
      ...entry,
      // An entry with a picture also links its enclosure; the page is the link without a rel.
      href: [entry.link].flat().find((link) => !link['@_rel'] || link['@_rel'] === 'alternate')!['@_href'],
    }))
    expect(atom.author.name).toBe('B The Method')
    expect(entries.map((entry) => pathOf(entry.href))).not.toContain(`/blog/${draft.slug}`)
    expect(entries.every((entry) => !Number.isNaN(Date.parse(entry.updated)))).toBe(true)

    const jsonResponse = await get('/blog/feed.json')
    expect(jsonResponse.headers.get('content-type')).toBe('application/feed+json; charset=utf-8')
    const json = (await jsonResponse.json()) as { version: string; items: { url: string; content_html: string }[] }
    expect(json.version).toMatch(/jsonfeed\.org\/version\/1/)
    expect(json.items.map((item) => pathOf(item.url))).toEqual(entries.map((entry) => pathOf(entry.href)))
    expect(json.items.find((item) => pathOf(item.url) === '/blog/hip-mobility-and-lower-back-pain')?.content_html).toMatch(/<h2[ >]/)
  })
})

describeOverHttp('discovery: publishing reaches the sitemap and the feed', () => {
  let createdId: number | undefined
  let editor: string
  afterAll(async () => {
    if (createdId) await api('DELETE', `/articles/${createdId}`, editor)
  })

  it('a newly published article appears in sitemap.xml and first in the feed within a second', async () => {
    editor = await loginAs('editor@bthemethod.test', E2E_PASSWORD)
    // Warm both first: the point is that publishing expires them, not that they were empty.
    await get('/sitemap.xml')
    await get('/blog/rss.xml')
    const slug = `fresh-from-the-studio-${Date.now()}`
    const created = await api<{ doc: { id: number } }>('POST', '/articles', editor, {
      title: 'Fresh From the Studio',
      slug,
      excerpt: 'A newly published article.',
      content: editorState([heading('h2', 'A new section'), paragraph('Gentle movement for every day.')]),
      publishedAt: new Date().toISOString(),
      _status: 'published',
    })
    expect(created.status).toBe(201)
    createdId = created.json.doc.id
    expect(await timeUntilPage('/sitemap.xml', (text) => readSitemap(text).some((entry) => pathOf(entry.loc) === `/blog/${slug}`))).toBeLessThan(1000)
    expect(await timeUntilPage('/blog/rss.xml', (text) => pathOf(readRss(text).items[0]?.link ?? 'http://x/') === `/blog/${slug}`)).toBeLessThan(1000)
  })
})

describeOverHttp('discovery: share images', () => {
  /** The card's URL as the page announces it (Next adds a suffix to the route), on the test server. */
  async function ogImagePath(pagePath: string): Promise<string> {
    const html = await (await get(pagePath)).text()
    const url = html.match(/<meta property="og:image" content="([^"]+)"/)?.[1]
    expect(url).toBeDefined()
    const parsed = new URL(url!.replace(/&amp;/g, '&'))
    return parsed.pathname + parsed.search
  }

  function pngSize(bytes: Buffer): { width: number; height: number } {
    expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG')
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
  }

  it.each(['/blog/hip-mobility-and-lower-back-pain', '/exercises/ball-bridge'])('%s announces a 1200x630 PNG card that is cached after the first request', async (pagePath) => {
    const imagePath = await ogImagePath(pagePath)
    expect(imagePath).toContain(`${pagePath}/opengraph-image`)
    const first = await get(imagePath)
    expect(first.status).toBe(200)
    expect(first.headers.get('content-type')).toBe('image/png')
    expect(pngSize(Buffer.from(await first.arrayBuffer()))).toEqual({ width: 1200, height: 630 })
    const started = performance.now()
    const second = await get(imagePath)
    const warmMs = performance.now() - started
    expect(second.status).toBe(200)
    await second.arrayBuffer()
    expect(second.headers.get('cache-control') ?? '').not.toMatch(/no-store/)
    expect(warmMs).toBeLessThan(300)
  })

  it('answers 404, not 500, for an unknown or draft article and an unknown exercise', async () => {
    const articleImage = await ogImagePath('/blog/hip-mobility-and-lower-back-pain')
    const exerciseImage = await ogImagePath('/exercises/ball-bridge')
    for (const path of [
      articleImage.replace('hip-mobility-and-lower-back-pain', 'no-such-article'),
      articleImage.replace('hip-mobility-and-lower-back-pain', draft.slug),
      exerciseImage.replace('ball-bridge', 'no-such-exercise'),
    ]) {
      expect([path, (await get(path)).status]).toEqual([path, 404])
    }
  })
})
