import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { runDueJobsOnce } from '@/lib/server/job-runner'

import { unique, validData } from '../helpers/fixtures'
import { closePayload, startPayload } from '../helpers/payload'

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await closePayload(payload)
})

async function scheduleFor(articleId: number, type: 'publish' | 'unpublish', at: Date) {
  return payload.jobs.queue({ task: 'schedulePublish', input: { type, doc: { relationTo: 'articles', value: articleId } }, waitUntil: at })
}

describe('scheduled publishing', () => {
  it('publishes a due article exactly once, even with two runners at the same moment, and leaves future jobs alone', async () => {
    const draft = await payload.create({
      collection: 'articles',
      data: { ...validData.articles(), title: `Scheduled ${unique()}`, _status: 'draft' } as never,
      draft: true,
    })
    const due = await scheduleFor(draft.id, 'publish', new Date(Date.now() - 1000))
    const later = await scheduleFor(draft.id, 'unpublish', new Date(Date.now() + 3600_000))

    // Two app instances on one database: only one may take the batch.
    const results = await Promise.all([runDueJobsOnce(payload), runDueJobsOnce(payload)])
    expect(results.filter((result) => result.ran)).toHaveLength(1)

    const article = await payload.findByID({ collection: 'articles', id: draft.id })
    expect(article._status).toBe('published')
    expect(article.publishedAt).toBeTruthy()

    // Completed jobs are removed from the queue.
    expect((await payload.find({ collection: 'payload-jobs', where: { id: { equals: due.id } } })).totalDocs).toBe(0)
    const publishedVersions = await payload.countVersions({
      collection: 'articles',
      where: { and: [{ parent: { equals: draft.id } }, { 'version._status': { equals: 'published' } }] },
    })
    expect(publishedVersions.totalDocs).toBe(1)

    // A later run does nothing more, and the future unpublish waits for its time.
    await runDueJobsOnce(payload)
    const waiting = await payload.findByID({ collection: 'payload-jobs', id: later.id })
    expect(waiting.completedAt ?? null).toBeNull()
    expect(waiting.totalTried ?? 0).toBe(0)
    expect((await payload.findByID({ collection: 'articles', id: draft.id }))._status).toBe('published')
  })

  it('tries a scheduled publish that failed again a few seconds later, instead of dropping it', async () => {
    // A job whose run fails (here: an article that is not there; in life, a database blip).
    const failing = await scheduleFor(99_999_999, 'publish', new Date(Date.now() - 1000))
    const before = Date.now()
    await runDueJobsOnce(payload)
    const job = await payload.findByID({ collection: 'payload-jobs', id: failing.id })
    expect(job.totalTried).toBe(1)
    expect(job.hasError ?? false).toBe(false)
    expect(job.completedAt ?? null).toBeNull()
    // Waits for the back-off (5 s after the first failure), then is taken up again.
    const retryAt = new Date(job.waitUntil as string).getTime()
    expect(retryAt).toBeGreaterThanOrEqual(before + 4000)
    expect(retryAt).toBeLessThan(Date.now() + 6000)
    await payload.delete({ collection: 'payload-jobs', id: failing.id })
  })

  it('unpublishes when an unpublish date comes', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: { ...validData.articles(), _status: 'published' } as never,
    })
    await scheduleFor(article.id, 'unpublish', new Date(Date.now() - 1000))
    expect((await runDueJobsOnce(payload)).ran).toBe(true)
    const visitorView = await payload.find({ collection: 'articles', where: { id: { equals: article.id } }, overrideAccess: false })
    expect(visitorView.docs).toHaveLength(0)
  })
})
