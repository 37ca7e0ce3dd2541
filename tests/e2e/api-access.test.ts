import { describe, expect, it } from '@jest/globals'

import { articles } from '@/seed/articles'

import { api, loginAs } from '../helpers/api'
import { baseUrl, e2eSkipReason } from '../helpers/browser'
import { E2E_PASSWORD } from '../helpers/e2e-setup'

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

/**
 * What the production build answers a refused request: in jest Payload's error formatter
 * sees one copy of its error classes, in the build two, and class names are minified.
 */
describeOverHttp('refusals as the production build gives them', () => {
  type Refused = { errors: { name?: string; message: string; data?: { errors?: { path: string; message: string }[] }; extensions?: { name?: string; statusCode?: number; data?: { errors?: { path: string; message: string }[] } } }[] }

  it('REST names the field and the reason of a refusal our hooks make', async () => {
    for (const [query, field] of [['page=-1', 'page'], ['limit=0', 'limit'], ['pagination=false', 'pagination']] as const) {
      const { status, body } = await getJson(`/api/exercises?${query}`)
      expect(status).toBe(400)
      const [error] = (body as Refused).errors
      expect(error).toMatchObject({ name: 'ValidationError', data: { errors: [{ path: field, message: expect.stringMatching(/^.{20,}$/) }] } })
    }
  })

  it('GraphQL calls such a refusal a ValidationError and names the field', async () => {
    const body = (await graphql('{ Exercises(limit: 0) { totalDocs } }')) as Refused
    expect(body.errors[0]!.extensions).toMatchObject({ name: 'ValidationError', statusCode: 400, data: { errors: [{ path: 'limit' }] } })
  })

  it('fills relationships in two levels deep at most over REST, however deep a client asks', async () => {
    // How many documents deep a value sits: a document is an object with an id and createdAt.
    const nesting = (value: unknown, level = -1): number => {
      if (Array.isArray(value)) return Math.max(level, ...value.map((item) => nesting(item, level)))
      if (!value || typeof value !== 'object') return level
      const here = 'id' in value && 'createdAt' in value ? level + 1 : level
      return Math.max(here, ...Object.values(value).map((item) => nesting(item, here)))
    }
    const deep = await getJson('/api/exercises?depth=10&limit=10')
    expect(deep.status).toBe(200)
    // Top-level documents are 0; their relationships 1; those documents' own relationships 2.
    expect(nesting((deep.body as { docs: unknown[] }).docs)).toBe(2)
  })

  it('GraphQL answers a locked account exactly as a wrong password or an unknown e-mail', async () => {
    const admin = await loginAs('admin@bthemethod.test', E2E_PASSWORD)
    const email = `lockout-${Date.now()}@example.test`
    expect((await api('POST', '/users', admin, { name: 'Lockout check', email, password: 'correct horse battery', role: 'marketing' })).status).toBe(201)
    const login = (who: string) => graphql(`mutation { loginUser(email: "${who}", password: "wrong") { token } }`) as Promise<Refused>
    const answers: Refused[] = []
    for (let attempt = 0; attempt < 7; attempt++) answers.push(await login(email))
    answers.push(await login(`nobody-${Date.now()}@example.test`))
    const shapes = new Set(answers.map((answer) => JSON.stringify({ message: answer.errors[0]!.message, extensions: answer.errors[0]!.extensions })))
    expect([...shapes]).toEqual([JSON.stringify({ message: answers[0]!.errors[0]!.message, extensions: { name: 'AuthenticationError', statusCode: 401 } })])
  })
})
