import { describe, expect, it } from '@jest/globals'
import { render, screen, within } from '@testing-library/react'

import { HIGHLIGHT_END as END, HIGHLIGHT_START as START } from '@/lib/content/search-marks'

import { serveNextLinkAndImageAsEsm } from './next-esm'

serveNextLinkAndImageAsEsm()

const { SearchResultList } = await import('@/components/search/SearchResultList')

const hit = (overrides: Partial<Parameters<typeof SearchResultList>[0]['hits'][number]> = {}) => ({
  kind: 'articles' as const,
  title: 'How Hip Mobility Shapes a Comfortable Lower Back',
  markedTitle: `How ${START}Hip${END} Mobility Shapes a Comfortable Lower Back`,
  href: '/blog/hip-mobility-and-lower-back-pain',
  snippet: `Stiff ${START}hips${END} put extra load on the spine … five gentle ways to free the ${START}hips${END}`,
  ...overrides,
})

describe('search results', () => {
  it('lists each result with its type, a link to the page and the matched words marked', () => {
    render(<SearchResultList hits={[hit(), hit({ kind: 'exercises', title: '90/90 Hip Switch', markedTitle: `90/90 ${START}Hip${END} Switch`, href: '/exercises/ninety-ninety-hip-switch', snippet: 'Rotate the legs.' })]} startAt={11} />)
    const items = screen.getAllByRole('listitem')
    expect(items).toHaveLength(2)
    expect(screen.getByRole('list')).toHaveAttribute('start', '11')

    const first = within(items[0]!)
    expect(first.getByText('Article')).toBeInTheDocument()
    expect(first.getByRole('link', { name: 'How Hip Mobility Shapes a Comfortable Lower Back' })).toHaveAttribute('href', '/blog/hip-mobility-and-lower-back-pain')
    expect(items[0]!.querySelectorAll('mark')).toHaveLength(3)
    expect([...items[0]!.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['Hip', 'hips', 'hips'])

    expect(within(items[1]!).getByText('Exercise')).toBeInTheDocument()
  })

  it('shows page text as text: markup in content can never reach the page as HTML', () => {
    render(<SearchResultList hits={[hit({ snippet: `Try <img src=x onerror=alert(1)> and ${START}<b>hips</b>${END}` })]} startAt={1} />)
    const item = screen.getByRole('listitem')
    expect(item.querySelector('img')).toBeNull()
    expect(item.querySelector('b')).toBeNull()
    expect(item.querySelector('p mark')?.textContent).toBe('<b>hips</b>')
    expect(item).toHaveTextContent('Try <img src=x onerror=alert(1)> and')
  })
})
