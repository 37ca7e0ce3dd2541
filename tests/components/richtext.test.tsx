import { describe, expect, it } from '@jest/globals'
import { render, screen, within } from '@testing-library/react'

import type { Media } from '@/payload-types'

import { serveNextLinkAndImageAsEsm } from './next-esm'

serveNextLinkAndImageAsEsm()

const { RichText } = await import('@/components/richtext/RichText')
const { Callout } = await import('@/components/richtext/Callout')
const { block, bulletList, editorState, heading, numberedPoints, paragraph, quote, text, upload } = await import('@/lib/richtext/build')
const { headingAnchors } = await import('@/lib/richtext/text')

type State = ReturnType<typeof editorState>
const renderState = (state: State) => render(<RichText data={state as never} />)

const photo: Media = {
  id: 5,
  alt: 'Hands resting on a small ball',
  caption: 'Ball squeeze',
  credit: 'Studio photo',
  url: '/api/media/file/ball.jpg',
  mimeType: 'image/jpeg',
  width: 1600,
  height: 1200,
  updatedAt: '2026-01-01T00:00:00.000Z',
  createdAt: '2026-01-01T00:00:00.000Z',
}

const bridge = { name: 'Glute bridge', slug: 'glute-bridge', summary: 'Lift your hips, slowly.', level: 'beginner', durationMinutes: 4, images: [] }

describe('RichText', () => {
  it('renders nothing without content', () => {
    const { container } = render(<RichText data={null} />)
    expect(container).toBeEmptyDOMElement()
  })

  it('renders paragraphs with bold and italic text', () => {
    renderState(editorState([paragraph('Sitting **all day** makes hips *tight*.'), paragraph('Second paragraph.')]))
    expect(screen.getByText('all day').tagName).toBe('STRONG')
    expect(screen.getByText('tight').tagName).toBe('EM')
    expect(screen.getByText('Second paragraph.').tagName).toBe('P')
  })

  it('gives h2 and h3 headings the same ids as the contents list', () => {
    const state = editorState([heading('h2', 'Why hips matter'), paragraph('Text.'), heading('h3', 'Why hips matter'), heading('h2', 'Try this')])
    renderState(state)
    const headings = screen.getAllByRole('heading')
    expect(headings.map((node) => [node.tagName, node.textContent, node.id])).toEqual([
      ['H2', 'Why hips matter', 'why-hips-matter'],
      ['H3', 'Why hips matter', 'why-hips-matter-2'],
      ['H2', 'Try this', 'try-this'],
    ])
    expect(headings.map((node) => node.id)).toEqual(headingAnchors(state).map((anchor) => anchor.id))
  })

  it('opens external links in a new tab and keeps site links in the same tab', () => {
    renderState(editorState([paragraph('Read [the study](https://example.com/study) or visit [the studio](/studio).')]))
    const external = screen.getByRole('link', { name: 'the study' })
    expect(external).toHaveAttribute('href', 'https://example.com/study')
    expect(external).toHaveAttribute('target', '_blank')
    expect(external).toHaveAttribute('rel', expect.stringContaining('noopener'))
    const internal = screen.getByRole('link', { name: 'the studio' })
    expect(internal).toHaveAttribute('href', '/studio')
    expect(internal).not.toHaveAttribute('target')
  })

  it('links an internal document link to the document’s current path, and to "#" when it is not populated', () => {
    // What the editor saves for "Internal link" (lib/richtext/build only writes custom URLs).
    const internalLink = (label: string, doc: unknown) => ({
      type: 'link',
      version: 3,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: [text(label)],
      fields: { linkType: 'internal', newTab: false, doc },
    })
    const state = editorState([
      {
        ...paragraph(''),
        children: [internalLink('the bridge', { relationTo: 'exercises', value: { id: 1, slug: 'glute-bridge' } }), internalLink('gone', { relationTo: 'exercises', value: 99 })],
      },
    ])
    renderState(state)
    expect(screen.getByRole('link', { name: 'the bridge' })).toHaveAttribute('href', '/exercises/glute-bridge')
    expect(screen.getByRole('link', { name: 'gone' })).toHaveAttribute('href', '#')
  })

  it('renders a bullet list as an unordered list', () => {
    renderState(editorState([bulletList(['Breathe out', 'Lift **slowly**'])]))
    const list = screen.getByRole('list')
    expect(list.tagName).toBe('UL')
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Breathe out', 'Lift slowly'])
  })

  it('renders numbered points as an ordered list whose items start with the bold title', () => {
    renderState(
      editorState([
        numberedPoints([
          { title: 'Set up', body: 'Lie on your back, knees bent.' },
          { title: 'Lift', body: 'Press through your heels.' },
        ]),
      ]),
    )
    const list = screen.getByRole('list')
    expect(list.tagName).toBe('OL')
    const items = within(list).getAllByRole('listitem')
    expect(items).toHaveLength(2)
    expect(within(items[0]).getByText('Set up').tagName).toBe('STRONG')
    expect(items[0]).toHaveTextContent('Lie on your back, knees bent.')
    expect(within(items[1]).getByText('Lift').tagName).toBe('STRONG')
  })

  it('renders a quote as a blockquote', () => {
    renderState(editorState([quote('Move a little, often.')]))
    expect(screen.getByRole('blockquote')).toHaveTextContent('Move a little, often.')
  })

  describe('exercise embeds', () => {
    it('shows a populated exercise as a card linking to it, with level and time', () => {
      renderState(editorState([block('exerciseEmbed', { exercise: bridge })]))
      const card = screen.getByRole('complementary', { name: 'Exercise: Glute bridge' })
      expect(within(card).getByRole('link', { name: 'Glute bridge' })).toHaveAttribute('href', '/exercises/glute-bridge')
      expect(within(card).getByText('Beginner · 4 min')).toBeInTheDocument()
      expect(within(card).getByText('Lift your hips, slowly.')).toBeInTheDocument()
    })

    it('shows the editor’s note instead of the summary when there is one', () => {
      renderState(editorState([block('exerciseEmbed', { exercise: bridge, note: 'Do this after a long day of sitting.' })]))
      expect(screen.getByText('Do this after a long day of sitting.')).toBeInTheDocument()
      expect(screen.queryByText('Lift your hips, slowly.')).not.toBeInTheDocument()
    })

    it('renders nothing (and does not throw) when the exercise is only an id or missing', () => {
      renderState(
        editorState([
          paragraph('Before.'),
          block('exerciseEmbed', { exercise: 42 }),
          block('exerciseEmbed', { exercise: null }),
          block('exerciseEmbed', { exercise: { id: 7, name: 'No slug' } }),
          paragraph('After.'),
        ]),
      )
      expect(screen.getByText('Before.')).toBeInTheDocument()
      expect(screen.getByText('After.')).toBeInTheDocument()
      expect(screen.queryByRole('complementary')).not.toBeInTheDocument()
      expect(screen.queryByRole('link')).not.toBeInTheDocument()
    })
  })

  describe('callouts', () => {
    it.each([
      ['tip', 'Tip'],
      ['note', 'Note'],
      ['caution', 'Caution'],
    ] as const)('says a %s callout’s tone in words, with its title and body', (tone, label) => {
      renderState(editorState([block('callout', { tone, title: 'Go gently', body: 'Stop if anything hurts.' })]))
      const callout = screen.getByRole('complementary', { name: `${label}: Go gently` })
      expect(within(callout).getByText(label)).toBeInTheDocument()
      expect(within(callout).getByText(': Go gently')).toBeInTheDocument()
      expect(within(callout).getByText('Stop if anything hurts.')).toBeInTheDocument()
    })

    it('is named by its tone alone when it has no title', () => {
      renderState(editorState([block('callout', { tone: 'caution', body: 'Not during pregnancy.' })]))
      expect(screen.getByRole('complementary', { name: 'Caution' })).toHaveTextContent('CautionNot during pregnancy.')
    })
  })

  describe('uploads', () => {
    it('shows a populated image with its alt text, caption and credit', () => {
      renderState(editorState([upload(photo as never)]))
      const img = screen.getByRole('img', { name: 'Hands resting on a small ball' })
      expect(img.closest('figure')).toHaveTextContent('Ball squeeze · Photo: Studio photo')
    })

    it('renders nothing for an upload that is only an id, or not an image', () => {
      renderState(editorState([paragraph('Text.'), upload(5), upload({ ...photo, mimeType: 'video/mp4' } as never)]))
      expect(screen.getByText('Text.')).toBeInTheDocument()
      expect(screen.queryByRole('img')).not.toBeInTheDocument()
      expect(screen.queryByRole('figure')).not.toBeInTheDocument()
    })
  })
})

describe('Callout', () => {
  it('falls back to a note for an unknown tone', () => {
    render(
      <Callout tone={'shout' as never} title="Heads up">
        Body text.
      </Callout>,
    )
    expect(screen.getByRole('complementary', { name: 'Note: Heads up' })).toHaveTextContent('Body text.')
  })
})

describe('RichText with unsafe links stored in old rows', () => {
  it('shows their words but never as a live link, and keeps safe links', async () => {
    const { unsafeLinksParagraph, LIVE_UNSAFE_HREF } = await import('../helpers/unsafe-links')
    const { container } = render(<RichText data={editorState([unsafeLinksParagraph() as never]) as never} />)
    expect(container.textContent).toContain('unsafe link 1unsafe link 2unsafe link 3unsafe link 4')
    expect(screen.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['https://example.com/safe'])
    expect(container.innerHTML).not.toMatch(LIVE_UNSAFE_HREF)
  })
})
