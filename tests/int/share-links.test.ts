import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { readForScope, resolveShareToken, type PreviewScope } from '@/lib/preview/session'
import { issueShareToken } from '@/lib/preview/share-links'
import type { User } from '@/payload-types'

import { expectFieldError } from '../helpers/errors'
import { createUser, validData } from '../helpers/fixtures'
import { closePayload, startPayload } from '../helpers/payload'

let payload: Payload
let marketing: User
beforeAll(async () => {
  payload = await startPayload()
  marketing = await createUser(payload, 'marketing')
})
afterAll(async () => {
  await closePayload(payload)
})

async function draftArticle() {
  return payload.create({ collection: 'articles', data: { ...validData.articles(), _status: 'draft' } as never, draft: true })
}

async function shareLink(articleId: number, extra: Record<string, unknown> = {}) {
  const link = await payload.create({
    collection: 'preview-links',
    data: { label: 'Reviewer', document: { relationTo: 'articles', value: articleId }, ...extra } as never,
    user: marketing,
    overrideAccess: false,
  })
  const token = decodeURIComponent(String(link.shareUrl).split('/preview/share/')[1])
  return { link, token }
}

describe('share links', () => {
  it('are created by marketing with a link to copy, default seven days, the token stored only as a hash', async () => {
    const article = await draftArticle()
    const { link, token } = await shareLink(article.id)
    expect(link.shareUrl).toMatch(/\/preview\/share\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/)
    const days = (new Date(link.expiresAt).getTime() - Date.now()) / 86_400_000
    expect(days).toBeGreaterThan(6.9)
    expect(days).toBeLessThanOrEqual(7)
    // What is stored: the hash, never the token (the link is rebuilt from a nonce and our secret).
    const pool = (payload.db as unknown as { pool: { query: (sql: string, params: unknown[]) => Promise<{ rows: unknown[] }> } }).pool
    const { rows } = await pool.query('SELECT * FROM preview_links WHERE id = $1', [link.id])
    expect(JSON.stringify(rows)).not.toContain(token)
    expect(JSON.stringify(rows)).toContain(token.split('.')[0])
    expect(await resolveShareToken(payload, token)).toEqual({ check: 'valid', document: { relationTo: 'articles', id: article.id } })
  })

  it('refuse a lifetime over thirty days, with a clear reason', async () => {
    const article = await draftArticle()
    await expectFieldError(
      shareLink(article.id, { expiresAt: new Date(Date.now() + 31 * 86_400_000).toISOString() }),
      'expiresAt',
      /30 days at most/,
    )
  })

  it('stop working when revoked, when expired, and when the token is altered', async () => {
    const article = await draftArticle()
    const { link, token } = await shareLink(article.id)
    const altered = token.slice(0, -2) + (token.endsWith('aa') ? 'bb' : 'aa')
    expect((await resolveShareToken(payload, altered)).check).toBe('tampered')
    expect((await resolveShareToken(payload, issueShareToken('x'.repeat(24)))).check).toBe('unknown')

    await payload.update({ collection: 'preview-links', id: link.id, data: { revoked: true } })
    expect((await resolveShareToken(payload, token)).check).toBe('revoked')

    const second = await shareLink(article.id)
    // Time passes: move the end date into the past directly in the database.
    await payload.db.updateOne({ collection: 'preview-links', id: second.link.id, data: { expiresAt: new Date(Date.now() - 1000).toISOString() } })
    expect((await resolveShareToken(payload, second.token)).check).toBe('expired')
  })

  it('show the draft of their own document only', async () => {
    const shared = await draftArticle()
    const other = await draftArticle()
    const scope: PreviewScope = { draft: true, only: { relationTo: 'articles', id: shared.id } }
    const read = (id: number) => (draft: boolean) =>
      payload
        .find({ collection: 'articles', where: { id: { equals: id } }, draft, overrideAccess: draft, limit: 1 })
        .then((result) => result.docs[0] ?? null)
    expect((await readForScope(scope, 'articles', read(shared.id)))?.id).toBe(shared.id)
    // The other draft is not published: with this link, it stays invisible.
    expect(await readForScope(scope, 'articles', read(other.id))).toBeNull()
    expect(await readForScope(scope, 'exercises', read(shared.id))).toBeNull()
  })
})
