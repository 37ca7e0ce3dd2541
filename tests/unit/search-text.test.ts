/**
 * @jest-environment node
 */
import { describe, expect, it } from '@jest/globals'

import { withoutPayload } from '../helpers/without-payload'

withoutPayload()

const { prefixQuery, queryWords, withEllipses } = await import('@/lib/content/search')
const { HIGHLIGHT_END: END, HIGHLIGHT_START: START } = await import('@/lib/content/search-marks')

describe('search text helpers', () => {
  it('marks snippets cut mid-sentence with ellipses, and leaves whole sentences alone', () => {
    expect(withEllipses(`your back or front. Five minutes of gentle ${START}hip${END} work`)).toBe(`… your back or front. Five minutes of gentle ${START}hip${END} work …`)
    expect(withEllipses('An aching back often has a neighbour worth checking.')).toBe('An aching back often has a neighbour worth checking.')
    expect(withEllipses(`${START}Hips${END} and spine,\n  every   direction.`)).toBe(`${START}Hips${END} and spine, every direction.`)
    expect(withEllipses('')).toBe('')
  })

  it('reads the words a person typed, ignoring search syntax and punctuation', () => {
    expect(queryWords('Hip & "lower back" -myths!')).toEqual(['hip', 'lower', 'back', 'myths'])
    expect(queryWords("what's  the ball’s size?")).toEqual(["what's", 'the', 'ball’s', 'size'])
    expect(queryWords('  ')).toEqual([])
  })

  it('turns half-typed words into prefix matches that tsquery accepts', () => {
    expect(prefixQuery(['hip', 'mobil'])).toBe('hip:* & mobil:*')
    expect(prefixQuery(["ball's"])).toBe('balls:*')
    expect(prefixQuery([])).toBeNull()
  })
})
