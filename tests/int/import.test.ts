import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionSlug, Payload } from 'payload'

import { importArticlesHandler } from '@/lib/import/endpoint'
import { collectFiles, readSourceFile, resolveFromDisk } from '@/lib/import/files'
import { importSources, type ImportReport } from '@/lib/import/run'
import type { Article, Media, Topic, User } from '@/payload-types'

import { createUser, validData } from '../helpers/fixtures'
import { closePayload, startPayload } from '../helpers/payload'
import { runScriptOutput } from '../helpers/run-script'

const FIXTURES = path.join(process.cwd(), 'tests/fixtures/import')
const SLUGS = { html: 'breathing-into-your-ribs', markdown: 'five-minute-desk-break', text: 'why-shoulder-mobility-matters-more-than-you-think' }

let payload: Payload
let editor: User
beforeAll(async () => {
  payload = await startPayload()
  editor = await createUser(payload, 'editor')
})
afterAll(async () => {
  await closePayload(payload)
})

async function importFolder(folder: string, options: { dryRun?: boolean } = {}): Promise<ImportReport> {
  const { files } = await collectFiles([folder])
  const sources = await Promise.all(files.map((file) => readSourceFile(file)))
  return importSources(payload, sources, { ...options, resolveAsset: resolveFromDisk })
}

const COUNTED: CollectionSlug[] = ['articles', 'media', 'topics']
async function counts() {
  const entries = await Promise.all(COUNTED.map(async (collection) => [collection, (await payload.count({ collection })).totalDocs] as const))
  const versions = await payload.countVersions({ collection: 'articles' })
  return { ...Object.fromEntries(entries), articleVersions: versions.totalDocs }
}

async function draftBySlug(slug: string): Promise<Article> {
  const { docs } = await payload.find({ collection: 'articles', where: { slug: { equals: slug } }, draft: true, depth: 1, limit: 2 })
  expect(docs).toHaveLength(1)
  return docs[0]
}

const outline = (article: Article) =>
  (article.content.root.children as { type: string; tag?: string; children?: unknown[] }[])
    .map((node) => (node.type === 'list' ? `${node.tag}:${node.children?.length}` : (node.tag ?? node.type)))
    .join(' ')

describe('importing blog posts', () => {
  it('dry run: reads and matches everything, reports what it would do, writes nothing', async () => {
    const before = await counts()
    const report = await importFolder(path.join(FIXTURES, 'posts'), { dryRun: true })
    expect(report.results.map((result) => [result.file.split('/').pop(), result.status, result.dryRun])).toEqual([
      ['breathing-into-your-ribs.html', 'created', true],
      ['desk-break.md', 'created', true],
      ['shoulder-mobility.txt', 'created', true],
    ])
    expect(report.results[0].note).toMatch(/1 image needs alt text \(side-lying\.png\)/)
    expect(await counts()).toEqual(before)
  })

  it('creates one draft per post with title, slug, excerpt, topics, date, hero, images and an import note', async () => {
    const report = await importFolder(path.join(FIXTURES, 'posts'))
    expect(report.counts).toEqual({ created: 3, updated: 0, skipped: 0, failed: 0 })

    const html = await draftBySlug(SLUGS.html)
    expect(html._status).toBe('draft')
    expect(html.title).toBe('Breathing Into Your Ribs: A Gentle Guide')
    expect(html.excerpt).toMatch(/^Most of us breathe into the belly or the upper chest/)
    expect(html.excerpt.length).toBeLessThanOrEqual(300)
    expect(html.publishedAt).toBe('2025-09-04T12:30:00.000Z')
    expect((html.topics as Topic[]).map((topic) => topic.slug).sort()).toEqual(['breathwork', 'rib-mobility'])
    expect(outline(html)).toBe('paragraph h2 ol:2 h2 ol:3 paragraph upload paragraph paragraph')
    expect(html.imported).toMatchObject({ sourceId: 'handle:breathing-into-your-ribs', sourceFile: 'breathing-into-your-ribs.html' })
    expect(html.imported?.note).toMatch(/^Imported from breathing-into-your-ribs\.html on \d{4}-\d{2}-\d{2}\./)
    expect(html.imported?.note).toContain('1 image needs alt text (side-lying.png).')
    expect(html.imported?.note).toMatch(/1 image on the old site not imported.*remote-only\.jpg/)
    expect(html.imported?.note).toContain("Check the numbered list in 'Why the Ribs Stop Moving' (2 points).")
    // Links to the post on the old shop keep working once it is published.
    expect(html.imported?.note).toContain('The old address /blogs/journal/breathing-into-your-ribs forwards here once this article is published.')
    const { docs: forwards } = await payload.find({ collection: 'redirects', where: { from: { equals: '/blogs/journal/breathing-into-your-ribs' } }, depth: 0 })
    expect(forwards.map((redirect) => redirect.to)).toEqual([expect.objectContaining({ type: 'reference', reference: { relationTo: 'articles', value: html.id } })])

    // The hero kept its alt text; the image without one got a provisional alt, flagged for review.
    const hero = html.heroImage as Media
    expect(hero).toMatchObject({ alt: 'A student lying over a small ball with hands on her ribs', altNeedsReview: false })
    const uploadNode = (html.content.root.children as { type: string; value?: Media }[]).find((node) => node.type === 'upload')!
    expect(uploadNode.value).toMatchObject({ alt: 'Side lying', altNeedsReview: true, caption: 'Side-lying breath over the ball' })

    const markdown = await draftBySlug(SLUGS.markdown)
    expect(markdown).toMatchObject({
      title: 'A Five-Minute Desk Break for Your Upper Back',
      excerpt: 'Five minutes, one chair and a soft ball are enough to undo an afternoon of slumping.',
      publishedAt: '2025-11-18T12:00:00.000Z',
    })
    expect((markdown.topics as Topic[]).map((topic) => topic.name.toLowerCase()).sort()).toEqual(['desk work', 'mobility', 'posture'])
    expect((markdown.heroImage as Media).alt).toBe('A chair by a sunny window with a small soft ball on the seat')

    const text = await draftBySlug(SLUGS.text)
    expect(outline(text)).toBe('paragraph h2 ol:3 h2 ol:4 paragraph')
    expect(text.publishedAt ?? null).toBeNull()
    expect(text.imported?.note).toContain('No date in the source')
    expect(text.readingTimeMinutes).toBeGreaterThanOrEqual(1)
  })

  it('re-importing updates the same drafts: no duplicate articles, media or topics', async () => {
    const before = await counts()
    const ids = await Promise.all(Object.values(SLUGS).map(async (slug) => (await draftBySlug(slug)).id))
    const report = await importFolder(path.join(FIXTURES, 'posts'))
    expect(report.counts).toEqual({ created: 0, updated: 3, skipped: 0, failed: 0 })
    expect(report.results.map((result) => result.articleId)).toEqual(ids)
    expect(report.results[0].reason).toBe('matched by source id')
    const after = await counts()
    expect(after).toEqual({ ...before, articleVersions: after.articleVersions })
    expect(after.articleVersions).toBeGreaterThan(before.articleVersions)
    expect((await payload.count({ collection: 'redirects', where: { from: { equals: '/blogs/journal/breathing-into-your-ribs' } } })).totalDocs).toBe(1)
  })

  it('never overwrites an article once it has been published, nor a draft written in the CMS', async () => {
    const text = await draftBySlug(SLUGS.text)
    await payload.update({ collection: 'articles', id: text.id, data: { title: 'Shoulders, edited and published', _status: 'published' } })
    const handWritten = await payload.create({
      collection: 'articles',
      data: { ...validData.articles(), slug: 'slow-mornings', _status: 'draft' } as never,
      draft: true,
    })
    const dir = mkdtempSync(path.join(os.tmpdir(), 'import-'))
    writeFileSync(path.join(dir, 'slow-mornings.txt'), 'Slow Mornings\n\nA calm start to the day makes the rest of it easier for most people we teach.\n')
    copyFileSync(path.join(FIXTURES, 'posts/shoulder-mobility.txt'), path.join(dir, 'shoulder-mobility.txt'))

    const report = await importFolder(dir)
    expect(report.results.map((result) => [result.status, result.reason])).toEqual([
      ['skipped', 'already published in the CMS'],
      ['skipped', expect.stringMatching(/slug "slow-mornings" was written in the CMS, not imported/)],
    ])
    expect((await draftBySlug(SLUGS.text)).title).toBe('Shoulders, edited and published')
    expect((await draftBySlug('slow-mornings')).title).toBe(handWritten.title)
  })

  it('reports broken files with a reason, and a failure mid-write leaves nothing behind, uploaded images included', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'import-'))
    for (const file of readdirSync(path.join(FIXTURES, 'broken'))) copyFileSync(path.join(FIXTURES, 'broken', file), path.join(dir, file))
    writeFileSync(path.join(dir, 'too-long.md'), `---\ntitle: "${'Very '.repeat(40)}long"\n---\n\nSome text that makes a paragraph of its own for the excerpt here.\n`)
    // The second image cannot be read once the first is already uploaded: the post must roll back whole.
    writeFileSync(path.join(dir, 'two-images.md'), '# Two Pictures\n\n![First](one.png)\n\nText between the two pictures, long enough to be an excerpt.\n\n![Second](two.png)\n')
    let calls = 0
    const flakyDisk: typeof resolveFromDisk = async (src) => {
      if (++calls > 1) throw new Error(`disk went away while reading ${src}`)
      return resolveFromDisk('images/ball-squeeze.png', { name: 'x.md', data: new Uint8Array(), path: path.join(FIXTURES, 'posts/x.md') })
    }
    const mediaFiles = () => readdirSync(process.env.MEDIA_DIR!).length
    const before = await counts()
    const filesBefore = mediaFiles()

    const { files } = await collectFiles([dir])
    const sources = await Promise.all(files.map((file) => readSourceFile(file)))
    const report = await importSources(payload, sources, { resolveAsset: flakyDisk })
    expect(Object.fromEntries(report.results.map((result) => [result.file.split('/').pop(), result.status === 'failed' && result.reason]))).toEqual({
      'empty.md': 'empty file (only whitespace)',
      'latin1-post.txt': expect.stringMatching(/not valid UTF-8/),
      'no-title.md': expect.stringMatching(/no title/),
      'photo-saved-as-text.txt': expect.stringMatching(/binary file/),
      'too-long.md': expect.stringMatching(/title is 204 characters long; articles allow 160/),
      'two-images.md': 'disk went away while reading two.png',
    })
    expect(calls).toBe(2)
    expect(await counts()).toEqual(before)
    expect(mediaFiles()).toBe(filesBefore)
  })

  it('gives marketing the import with their own rights: no new topics, a note to ask staff instead', async () => {
    const marketing = await createUser(payload, 'marketing')
    const source = { name: 'yoga-tag.md', data: Buffer.from('---\ntitle: Calm Feet\ntags: [A Brand New Tag For Feet]\n---\nFeet carry us all day and a few minutes of care for them goes a long way.\n') }
    const report = await importSources(payload, [source], { user: marketing, resolveAsset: async () => null })
    expect(report.results[0]).toMatchObject({ status: 'created' })
    const article = await draftBySlug('calm-feet')
    expect(article.author).toMatchObject({ id: marketing.id })
    expect(article.topics).toEqual([])
    expect(article.imported?.note).toContain('No topic yet for: A Brand New Tag For Feet')
  })
})

describe('npm run import (the CLI)', () => {
  it('dry run over the fixtures folder: a line per file, a summary, exit code 1 for the broken files, nothing written', async () => {
    const before = await counts()
    const { code, stdout } = await runScriptOutput('import.ts', { ...process.env, NODE_ENV: 'test' }, [FIXTURES, '--dry-run'])
    expect(code).toBe(1)
    expect(stdout).toMatch(/would update\s+.*breathing-into-your-ribs\.html/)
    expect(stdout).toMatch(/would skip\s+.*shoulder-mobility\.txt.*already published in the CMS/)
    expect(stdout).toMatch(/failed\s+.*latin1-post\.txt.*not valid UTF-8/)
    expect(stdout).toContain('Dry run: nothing was written. 7 files')
    expect(stdout).toMatch(/would update\s+2\n\s+skipped\s+1\n\s+failed\s+4/)
    expect(await counts()).toEqual(before)
  }, 120_000)

  it('imports a folder for real with an author; exit code 0 when nothing failed', async () => {
    const { code, stdout } = await runScriptOutput('import.ts', { ...process.env, NODE_ENV: 'test' }, [path.join(FIXTURES, 'posts'), '--author', editor.email])
    expect(code).toBe(0)
    expect(stdout).toMatch(/updated\s+2\n\s+skipped\s+1\n\s+failed\s+0/)
    expect(stdout).toMatch(/updated\s+.*desk-break\.md.*-> \/admin\/collections\/articles\/\d+/)
  }, 120_000)

  it('refuses an unknown author before writing anything', async () => {
    const { code, stderr } = await runScriptOutput('import.ts', { ...process.env, NODE_ENV: 'test' }, [path.join(FIXTURES, 'posts'), '--author', 'nobody@example.test'])
    expect(code).toBe(1)
    expect(stderr).toContain('no account with the e-mail nobody@example.test')
  }, 120_000)
})

describe('POST /api/articles/import (the admin Import view)', () => {
  async function post(user: User | null, form: FormData) {
    const request = new Request('http://localhost/api/articles/import', { method: 'POST', body: form })
    const response = await importArticlesHandler(Object.assign(request, { payload, user }) as never)
    return { status: response.status, body: (await response.json()) as { error?: string; report?: ImportReport } }
  }
  const pastedText = () => {
    const form = new FormData()
    form.set('text', 'Knees That Feel Ready\n\nHappy knees need strong hips and patient ankles, and a little daily attention for both.\n')
    form.set('format', 'text')
    return form
  }

  it('refuses visitors (401) and accounts that cannot write articles (403)', async () => {
    expect((await post(null, pastedText())).status).toBe(401)
    const noRole = { ...editor, role: null } as unknown as User
    expect((await post(noRole, pastedText())).status).toBe(403)
  })

  it('imports uploaded files with their images, and pasted text, as the signed-in editor', async () => {
    const form = new FormData()
    const file = (rel: string) => new File([readFileSync(path.join(FIXTURES, rel))], path.basename(rel))
    form.append('files', file('posts/desk-break.md'))
    form.append('files', file('posts/images/ball-squeeze.png'))
    form.append('files', file('broken/empty.md'))
    form.set('text', '# Steady Ankles\n\nBalance starts at the ankles, and a soft ball makes a friendly wobble board for them.\n')
    form.set('format', 'markdown')
    form.set('dryRun', 'false')
    const { status, body } = await post(editor, form)
    expect(status).toBe(200)
    expect(body.report!.results.map((result) => [result.file, result.status])).toEqual([
      ['desk-break.md', 'updated'],
      ['empty.md', 'failed'],
      ['Pasted text', 'created'],
    ])
    const pasted = await draftBySlug('steady-ankles')
    expect(pasted.author).toMatchObject({ id: editor.id })
    expect(pasted.imported?.sourceFile).toBe('pasted-text.md')
  })

  it('dry run through the endpoint writes nothing', async () => {
    const before = await counts()
    const form = pastedText()
    form.set('dryRun', 'true')
    const { body } = await post(editor, form)
    expect(body.report!.results[0]).toMatchObject({ status: 'created', dryRun: true })
    expect(await counts()).toEqual(before)
  })
})
