import { describe, expect, it } from '@jest/globals'

import { articles } from '@/seed/articles'

import { baseUrl, e2eSkipReason } from '../helpers/browser'

const describeOverHttp = e2eSkipReason() ? describe.skip : describe
const draftSlug = articles.find((article) => article.status === 'draft')!.slug
const publishedSlug = 'hip-mobility-and-lower-back-pain'

async function getJson(path: string) {
  const response = await fetch(baseUrl() + path)
  return { status: response.status, body: await response.json() }
}

async function graphql(query: string) {
  const response = await fetch(baseUrl() + '/api/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  })
  return response.json()
}

describeOverHttp('what an anonymous visitor can reach over REST and GraphQL', () => {
  it('REST lists published articles but never a draft, even when asking for drafts', async () => {
    const published = await getJson(`/api/articles?where[slug][equals]=${publishedSlug}&depth=0`)
    expect(published.body.docs).toHaveLength(1)
    for (const query of ['', '&draft=true']) {
      const draft = await getJson(`/api/articles?where[slug][equals]=${draftSlug}${query}`)
      expect(draft.status).toBe(200)
      expect(draft.body.docs).toHaveLength(0)
    }
  })

  it('refuses the internal revalidate endpoint without its secret', async () => {
    const response = await fetch(baseUrl() + '/api/revalidate', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-revalidate-secret': 'guess' },
      body: JSON.stringify({ tags: ['collection:articles'] }),
    })
    expect(response.status).toBe(403)
  })

  it('REST refuses versions and user accounts', async () => {
    expect((await getJson('/api/articles/versions')).status).toBe(403)
    expect((await getJson('/api/users')).status).toBe(403)
    expect((await getJson('/api/preview-links')).status).toBe(403)
  })

  it('REST never includes an author e-mail in a published article, however deep', async () => {
    const { body } = await getJson(`/api/articles?where[slug][equals]=${publishedSlug}&depth=3`)
    const text = JSON.stringify(body)
    expect(text).not.toMatch(/@bthemethod\.test/)
    expect(body.docs[0].authorName).toBeTruthy()
  })

  it('GraphQL gives the same answers: no drafts, no users', async () => {
    const drafts = await graphql(`{ Articles(draft: true, where: { slug: { equals: "${draftSlug}" } }) { docs { title } } }`)
    expect(drafts.data.Articles.docs).toEqual([])
    const published = await graphql(`{ Articles(where: { slug: { equals: "${publishedSlug}" } }) { docs { title authorName } } }`)
    expect(published.data.Articles.docs).toHaveLength(1)
    const users = await graphql('{ Users { docs { email } } }')
    expect(users.errors?.[0]?.message ?? '').toMatch(/not allowed/i)
    expect(JSON.stringify(users.data ?? {})).not.toContain('@')
  })
})
