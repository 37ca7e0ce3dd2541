import { describe, expect, it } from '@jest/globals'

import { e2eSkipReason } from '../helpers/browser'
import { terminateConnections } from '../helpers/terminate-connections'

const describeOverHttp = e2eSkipReason() ? describe.skip : describe

describeOverHttp('the serving app when the database ends its connections', () => {
  it('stays up, and the next uncached request and the health check succeed', async () => {
    const base = process.env.E2E_BASE_URL!
    // Open a few pooled connections first: uncached pages and the health check use them.
    await Promise.all(['/search?q=hip', '/search?q=breath', '/api/health'].map((path) => fetch(base + path)))
    for (let round = 0; round < 2; round++) {
      expect(await terminateConnections(process.env.DATABASE_URL!)).toBeGreaterThan(0)
      await new Promise((resolve) => setTimeout(resolve, 300))
      const search = await fetch(`${base}/search?q=hip&round=${round}`)
      expect(search.status).toBe(200)
      expect(await search.text()).toContain('href="/blog/hip-mobility-and-lower-back-pain"')
      expect((await fetch(`${base}/api/health`)).status).toBe(200)
    }
  })
})
