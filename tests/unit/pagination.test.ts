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
