import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { api, loginAs, timeUntilPage } from '../helpers/api'
import { baseUrl, e2eSkipReason } from '../helpers/browser'
import { E2E_PASSWORD } from '../helpers/e2e-setup'
import { closePayload, startPayload } from '../helpers/payload'

const describeOverHttp = e2eSkipReason() ? describe.skip : describe
const SLUG = 'posture-myths-to-let-go'

describeOverHttp('scheduled publishing in the running app', () => {
  let payload: Payload
  beforeAll(async () => {
    // The same database as the server: queue jobs the way the admin's "Schedule" does.
    payload = await startPayload()
  })
  afterAll(async () => {
    await closePayload(payload)
  })

  it('publishes a scheduled draft on the live page when its time comes, with no request from anyone', async () => {
    const editor = await loginAs('editor@bthemethod.test', E2E_PASSWORD)
    const { json } = await api<{ docs: { id: number; title: string }[] }>('GET', `/articles?where[slug][equals]=${SLUG}&depth=0`, editor)
    const article = json.docs[0]
    await fetch(`${baseUrl()}/blog/${SLUG}`) // cached as published
    const scheduledTitle = `Scheduled ${Date.now()}`
    expect((await api('PATCH', `/articles/${article.id}?draft=true`, editor, { title: scheduledTitle })).status).toBe(200)

    const publishAt = new Date(Date.now() + 2000)
    await payload.jobs.queue({ task: 'schedulePublish', input: { type: 'publish', doc: { relationTo: 'articles', value: article.id } }, waitUntil: publishAt })
    expect(await (await fetch(`${baseUrl()}/blog/${SLUG}`)).text()).not.toContain(scheduledTitle)

    // The in-app runner checks every second here (every minute by default).
    const elapsed = await timeUntilPage(`/blog/${SLUG}`, (html) => html.includes(scheduledTitle), 15_000)
    expect(elapsed).toBeLessThan(15_000)
  })
})
