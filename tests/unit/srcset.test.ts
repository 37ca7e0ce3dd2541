import { describe, expect, it } from '@jest/globals'

import { srcSetUpTo } from '@/lib/model/srcset'

const next = (widths: number[]) => widths.map((width) => `/_next/image?url=a.jpg&w=${width}&q=75 ${width}w`).join(', ')

describe('srcSetUpTo', () => {
  it('drops the widths past the file and offers the whole file at its real width', () => {
    const result = srcSetUpTo(next([384, 640, 750, 1080, 1920]), 700)
    expect(result.value).toBe('/_next/image?url=a.jpg&w=384&q=75 384w, /_next/image?url=a.jpg&w=640&q=75 640w, /_next/image?url=a.jpg&w=750&q=75 700w')
    expect(result.largestUrl).toBe('/_next/image?url=a.jpg&w=750&q=75')
  })

  it('stops exactly at a file whose width is one of the steps', () => {
    expect(srcSetUpTo(next([384, 640, 750]), 640).value).toBe(next([384, 640]))
  })

  it('keeps one candidate for a file narrower than every step', () => {
    expect(srcSetUpTo(next([256, 384]), 200).value).toBe('/_next/image?url=a.jpg&w=256&q=75 200w')
  })

  it('leaves a srcset alone when every step fits the file', () => {
    expect(srcSetUpTo(next([640, 1080]), 4000).value).toBe(next([640, 1080]))
  })

  it('returns density and missing srcsets untouched', () => {
    expect(srcSetUpTo('/a.jpg?w=256 1x, /a.jpg?w=640 2x', 300)).toEqual({ value: '/a.jpg?w=256 1x, /a.jpg?w=640 2x', largestUrl: undefined })
    expect(srcSetUpTo(undefined, 300)).toEqual({ value: undefined, largestUrl: undefined })
  })
})
