import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { HIGHLIGHT_END, HIGHLIGHT_START, searchSite } from '@/lib/content/search'
import { fillEmptySearchIndex } from '@/lib/content/search-index'
import { SEARCHABLE_COLLECTIONS } from '@/lib/model/collections'

import { richText, unique, validData } from '../helpers/fixtures'
import { closePayload, startPayload } from '../helpers/payload'

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await closePayload(payload)
})

/** A made-up word no other test or seed content uses, so each test sees only its own documents. */
// Digits become letters (not dropped), so two words made in the same millisecond still differ.
const nonsense = () => `zorb${unique().replace(/[0-9]/g, (digit) => 'abcdefghij'[Number(digit)]!).replace(/[^a-z]/g, '')}`

const titles = async (query: string, kind?: string) => (await searchSite({ query, kind })).hits.map((hit) => hit.title)

async function publishArticle(title: string, body: string, excerpt = 'A calm read.') {
  return payload.create({
    collection: 'articles',
    data: { ...validData.articles(), title, excerpt, content: richText(body), _status: 'published' } as never,
  })
}

describe('site search', () => {
  it('ranks a title match above body mentions, and highlights the matched words in the snippet', async () => {
    const word = nonsense()
    await publishArticle(`Notes on breathing`, `Some people call this ${word}. ${word} again, and ${word} once more in the body.`)
    await publishArticle(`The ${word} routine`, 'A short routine for tired shoulders.', `How the ${word} routine helps.`)

    const results = await searchSite({ query: word })
    expect(results.hits.map((hit) => hit.title)).toEqual([`The ${word} routine`, 'Notes on breathing'])
    expect(results.hits[0]!.href).toMatch(/^\/blog\//)
    expect(results.hits[0]!.markedTitle).toBe(`The ${HIGHLIGHT_START}${word}${HIGHLIGHT_END} routine`)
    expect(results.hits[1]!.snippet).toContain(`${HIGHLIGHT_START}${word}${HIGHLIGHT_END}`)
    expect(results.countsByKind).toEqual({ articles: 2, exercises: 0, routines: 0, classes: 0 })
  })

  it('stems English words: a search for "stretching" finds "stretches"', async () => {
    const word = nonsense()
    await publishArticle(`${word} stretches for the morning`, 'Easy to do.')
    expect(await titles(`${word} stretching`)).toEqual([`${word} stretches for the morning`])
  })

  it('covers exercises (by name, alias and steps) and classes, and filters by type', async () => {
    const word = nonsense()
    await payload.create({
      collection: 'exercises',
      data: { ...validData.exercises(), name: 'Shoulder opener', aliases: [`${word} opener`], _status: 'published' } as never,
    })
    await payload.create({
      collection: 'classes',
      data: { ...validData.classes(), name: 'Evening class', description: `We finish with the ${word}.`, _status: 'published' } as never,
    })
    const all = await searchSite({ query: word })
    expect(all.countsByKind).toEqual({ articles: 0, exercises: 1, routines: 0, classes: 1 })
    expect(all.hits.map((hit) => hit.kind).sort()).toEqual(['classes', 'exercises'])
    expect(await titles(word, 'classes')).toEqual(['Evening class'])
  })

  it('never shows drafts; a published page keeps its live text while a new draft waits; unpublishing removes it', async () => {
    const draftWord = nonsense()
    await payload.create({
      collection: 'articles',
      data: { ...validData.articles(), title: `Draft about ${draftWord}`, _status: 'draft' } as never,
    })
    expect(await titles(draftWord)).toEqual([])

    const liveWord = nonsense()
    const laterWord = nonsense()
    const article = await publishArticle(`Live about ${liveWord}`, 'Published text.')
    await payload.update({ collection: 'articles', id: article.id, data: { title: `Live about ${laterWord}`, _status: 'draft' }, draft: true })
    expect(await titles(liveWord)).toEqual([`Live about ${liveWord}`])
    expect(await titles(laterWord)).toEqual([])

    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'published' } })
    expect(await titles(liveWord)).toEqual([])
    expect(await titles(laterWord)).toEqual([`Live about ${laterWord}`])

    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'draft' } })
    expect(await titles(laterWord)).toEqual([])
  })

  it('follows slug changes and deletions', async () => {
    const word = nonsense()
    const article = await publishArticle(`Moving ${word}`, 'Text.')
    await payload.update({ collection: 'articles', id: article.id, data: { slug: `moved-${word}`, _status: 'published' } })
    expect((await searchSite({ query: word })).hits[0]!.href).toBe(`/blog/moved-${word}`)
    await payload.delete({ collection: 'articles', id: article.id })
    expect(await titles(word)).toEqual([])
  })

  it('suggests the closest word when a misspelling finds nothing, and matches word beginnings', async () => {
    await publishArticle('Pelvic floor basics', 'The diaphragm and the pelvic floor move together.')
    const typo = await searchSite({ query: 'diafragm' })
    expect(typo.total).toBe(0)
    expect(typo.suggestion).toBe('diaphragm')

    const partial = await searchSite({ query: 'diaphr' })
    expect(partial.matchedPrefixes).toBe(true)
    expect(partial.hits.map((hit) => hit.title)).toContain('Pelvic floor basics')
  })

  it('answers empty and hostile queries calmly', async () => {
    expect((await searchSite({ query: '   ' })).hits).toEqual([])
    for (const query of ["'; DROP TABLE search; --", '&|!():*', '"unclosed', 'a'.repeat(5000)]) {
      const results = await searchSite({ query })
      expect(Array.isArray(results.hits)).toBe(true)
    }
    expect(await payload.count({ collection: 'search' })).toEqual(expect.objectContaining({ totalDocs: expect.any(Number) }))
  })

  it('pages through results and clamps a page past the end', async () => {
    const word = nonsense()
    for (let index = 0; index < 12; index++) await publishArticle(`${word} part ${index + 1}`, 'Text.')
    const first = await searchSite({ query: word })
    expect(first.total).toBe(12)
    expect(first.totalPages).toBe(2)
    expect(first.hits).toHaveLength(10)
    const second = await searchSite({ query: word, page: 2 })
    expect(second.hits).toHaveLength(2)
    expect(new Set([...first.hits, ...second.hits].map((hit) => hit.href)).size).toBe(12)
    expect((await searchSite({ query: word, page: 99 })).page).toBe(2)
  })

  it('refills an empty index from published content on start, and leaves a filled one alone', async () => {
    const word = nonsense()
    await publishArticle(`Before the index ${word}`, 'Text.')
    // A routine too: its entry is built from its exercises' names, read outside any request.
    const exercise = await payload.create({ collection: 'exercises', data: { ...validData.exercises(`Refill ${word}`), _status: 'published' } as never })
    await payload.create({
      collection: 'routines',
      data: { ...validData.routines(unique(), exercise.id), title: `Routine before the index ${word}`, _status: 'published' } as never,
    })
    const published = async () =>
      (
        await Promise.all(
          SEARCHABLE_COLLECTIONS.map((collection) =>
            payload.count({ collection, where: { _status: { equals: 'published' } } }),
          ),
        )
      ).reduce((sum, { totalDocs }) => sum + totalDocs, 0)
    await payload.delete({ collection: 'search', where: { id: { exists: true } } })
    expect(await titles(word)).toEqual([])

    expect(await fillEmptySearchIndex(payload)).toBe(await published())
    expect((await titles(word)).sort()).toEqual([`Before the index ${word}`, `Exercise Refill ${word}`, `Routine before the index ${word}`])
    expect(await fillEmptySearchIndex(payload)).toBe(0)
  })
})
