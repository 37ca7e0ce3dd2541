import { describe, expect, it } from '@jest/globals'
import { render, screen, within } from '@testing-library/react'

import type { Exercise, Media } from '@/payload-types'

import { serveNextLinkAndImageAsEsm } from './next-esm'

serveNextLinkAndImageAsEsm()

const { CautionBox, describeDose, ExerciseFacts } = await import('@/components/exercise/ExerciseDetail')
const { ExerciseVideo } = await import('@/components/exercise/ExerciseVideo')

const exercise: Exercise = {
  id: 1,
  name: 'Side-lying clam',
  summary: 'Open the top knee like a clam shell.',
  level: 'intermediate',
  position: 'side-lying',
  durationMinutes: 5,
  bodyAreas: ['hips', 'glutes'],
  equipment: ['resistance-band', 'mat'],
  primaryMuscles: ['glute-med', 'adductors'],
  dose: { mode: 'reps', reps: 12, sets: 2, perSide: true },
  steps: [{ instruction: 'Lie on your side.' }],
  slug: 'side-lying-clam',
  updatedAt: '2026-01-01T00:00:00.000Z',
  createdAt: '2026-01-01T00:00:00.000Z',
}

const media = (fields: Partial<Media>): Media => ({ id: 1, alt: '', updatedAt: '', createdAt: '', ...fields })

describe('describeDose', () => {
  it('describes repetitions or a hold, per side or not, in sets', () => {
    expect(describeDose({ mode: 'reps', reps: 10, sets: 2, perSide: true })).toBe('10 reps · each side · 2 sets')
    expect(describeDose({ mode: 'hold', holdSeconds: 30, sets: 3 })).toBe('Hold 30 s · 3 sets')
    expect(describeDose({ mode: 'reps', reps: 8, sets: 1, perSide: false })).toBe('8 reps · 1 set')
  })
})

describe('ExerciseFacts', () => {
  /** The fact list as term -> description pairs. */
  const facts = () => {
    const terms = screen.getAllByRole('term').map((term) => term.textContent)
    const definitions = screen.getAllByRole('definition').map((definition) => definition.textContent)
    return Object.fromEntries(terms.map((term, index) => [term, definitions[index]]))
  }

  it('lists the facts in words, with labels rather than stored values', () => {
    render(<ExerciseFacts exercise={exercise} />)
    expect(facts()).toEqual({
      Dose: '12 reps · each side · 2 sets',
      Level: 'Intermediate',
      Position: 'Side-lying',
      Time: '5 min',
      Equipment: 'Resistance band, Mat',
      'Body areas': 'Hips, Glutes',
    })
  })

  it('lists the main muscles by name', () => {
    render(<ExerciseFacts exercise={exercise} />)
    expect(screen.getByText('Works mainly')).toBeInTheDocument()
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Gluteus medius', 'Adductors (inner thigh)'])
  })

  it('leaves out empty facts and the muscles section when there are none', () => {
    render(<ExerciseFacts exercise={{ ...exercise, equipment: [], primaryMuscles: null }} />)
    expect(Object.keys(facts())).not.toContain('Equipment')
    expect(screen.queryByText('Works mainly')).not.toBeInTheDocument()
  })
})

describe('CautionBox', () => {
  it('is a named section listing who should skip the exercise', () => {
    render(<CautionBox cautions={['Recent hip surgery', 'Pain in the lower back']} />)
    const region = screen.getByRole('region', { name: 'Who should skip this' })
    expect(within(region).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Recent hip surgery', 'Pain in the lower back'])
    expect(region).toHaveTextContent('Stop if anything hurts.')
  })

  it('renders nothing without cautions', () => {
    const { container } = render(<CautionBox cautions={[]} />)
    expect(container).toBeEmptyDOMElement()
  })
})

describe('ExerciseVideo', () => {
  it('plays an uploaded file in a native player with captions and a download fallback', () => {
    render(
      <ExerciseVideo
        title="Side-lying clam"
        video={{
          source: 'upload',
          file: media({ url: '/api/media/file/clam.mp4', mimeType: 'video/mp4', caption: 'Filmed at the studio' }),
          captions: media({ url: '/api/media/file/clam.vtt', mimeType: 'text/vtt' }),
        }}
      />,
    )
    const video = screen.getByLabelText('Video: Side-lying clam')
    expect(video.tagName).toBe('VIDEO')
    expect(video).toHaveAttribute('controls')
    const track = video.querySelector('track')
    expect(track).toHaveAttribute('kind', 'captions')
    expect(track).toHaveAttribute('src', '/api/media/file/clam.vtt')
    expect(screen.getByRole('link', { name: 'Download it' })).toHaveAttribute('href', '/api/media/file/clam.mp4')
    expect(screen.getByText('Filmed at the studio')).toBeInTheDocument()
  })

  it('embeds a YouTube link through youtube-nocookie, titled for screen readers', () => {
    render(<ExerciseVideo title="Side-lying clam" video={{ source: 'external', url: 'https://youtu.be/abc123' }} />)
    expect(screen.getByTitle('Video: Side-lying clam')).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/abc123')
  })

  it('renders nothing for no video, an unknown host or an unpopulated file', () => {
    const cases: Exercise['video'][] = [
      undefined,
      { source: 'none' },
      { source: 'external', url: 'https://example.com/clam.mp4' },
      { source: 'upload', file: 12 },
    ]
    for (const video of cases) {
      const { container, unmount } = render(<ExerciseVideo title="Side-lying clam" video={video} />)
      expect(container).toBeEmptyDOMElement()
      unmount()
    }
  })
})
