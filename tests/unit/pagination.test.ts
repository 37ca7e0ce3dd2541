import { describe, expect, it } from '@jest/globals'

import { GAP, pageWindow } from '@/lib/model/pagination'

describe('pageWindow', () => {
  it('lists every page of a short listing', () => {
    expect(pageWindow(1, 1)).toEqual([1])
    expect(pageWindow(3, 7)).toEqual([1, 2, 3, 4, 5, 6, 7])
  })

  it('shows the first, the last and two either side of the current page, with gaps between', () => {
    expect(pageWindow(200, 557)).toEqual([1, GAP, 198, 199, 200, 201, 202, GAP, 557])
    expect(pageWindow(1, 557)).toEqual([1, 2, 3, GAP, 557])
    expect(pageWindow(557, 557)).toEqual([1, GAP, 555, 556, 557])
  })

  it('shows a lone hidden page instead of a gap that stands for one number', () => {
    expect(pageWindow(5, 20)).toEqual([1, 2, 3, 4, 5, 6, 7, GAP, 20])
    expect(pageWindow(16, 20)).toEqual([1, GAP, 14, 15, 16, 17, 18, 19, 20])
  })

  it('stays the same size however long the listing grows', () => {
    const lengths = [1_000, 10_000, 100_000].map((total) => pageWindow(Math.floor(total / 2), total).length)
    expect(new Set(lengths).size).toBe(1)
    expect(lengths[0]).toBeLessThanOrEqual(9)
  })

  it('clamps a page outside the listing', () => {
    expect(pageWindow(0, 3)).toEqual([1, 2, 3])
    expect(pageWindow(99, 3)).toEqual([1, 2, 3])
    expect(pageWindow(1, 0)).toEqual([])
  })
})

describe('paging a list held in memory', () => {
  it('reads ?page= as a whole number from 1, and anything else as page 1', async () => {
    const { requestedPage } = await import('@/lib/model/pagination')
    expect([requestedPage('3'), requestedPage(['2', '5']), requestedPage(undefined), requestedPage('0'), requestedPage('-2'), requestedPage('2.5'), requestedPage('abc'), requestedPage('9'.repeat(40))]).toEqual([3, 2, 1, 1, 1, 1, 1, 1])
  })

  it('shows one page of the items, and the last page for a page past the end', async () => {
    const { pageOf } = await import('@/lib/model/pagination')
    const items = Array.from({ length: 50 }, (_, index) => index)
    expect(pageOf(items, 1, 24)).toEqual({ items: items.slice(0, 24), page: 1, totalPages: 3 })
    expect(pageOf(items, 3, 24)).toEqual({ items: [48, 49], page: 3, totalPages: 3 })
    expect(pageOf(items, 99, 24).page).toBe(3)
    expect(pageOf([], 2, 24)).toEqual({ items: [], page: 1, totalPages: 1 })
  })

  it('adds the page to a listing query after page 1', async () => {
    const { withPage } = await import('@/lib/model/pagination')
    expect([withPage('', 1), withPage('', 2), withPage('?area=hips', 1), withPage('?area=hips', 3)]).toEqual(['', '?page=2', '?area=hips', '?area=hips&page=3'])
  })
})
