/**
 * @jest-environment node
 */
import { describe, expect, it } from '@jest/globals'

import { changesLiveContent } from '@/collections/hooks/revalidate'

const published = { _status: 'published' as const }
const draft = { _status: 'draft' as const }

describe('which saves refresh the live site', () => {
  it('refreshes on publish, on unpublish, and for collections without drafts', () => {
    expect(changesLiveContent(published, draft, { query: {} })).toBe(true)
    expect(changesLiveContent(draft, published, { query: {} })).toBe(true)
    expect(changesLiveContent({}, {}, { query: {} })).toBe(true)
  })

  it('leaves the live page alone for draft saves and autosaves from the admin', () => {
    expect(changesLiveContent(draft, published, { query: { draft: 'true' } })).toBe(false)
    expect(changesLiveContent(draft, published, { query: { draft: true } as never })).toBe(false)
    expect(changesLiveContent(draft, draft, { query: {} })).toBe(false)
  })
})
