import { describe, expect, it } from '@jest/globals'
import { render, screen, within } from '@testing-library/react'

import type { ArticleCardData } from '@/lib/content/articles'
import type { ExerciseCardData } from '@/lib/content/exercises'
import type { Media, Offering } from '@/payload-types'

import { serveNextLinkAndImageAsEsm } from './next-esm'

serveNextLinkAndImageAsEsm()

const { ArticleCard } = await import('@/components/article/ArticleCard')
const { TableOfContents } = await import('@/components/article/TableOfContents')
const { ExerciseCard } = await import('@/components/exercise/ExerciseCard')
const { OfferingCard } = await import('@/components/offerings/OfferingCard')
const { editorState, heading, paragraph } = await import('@/lib/richtext/build')
const { headingAnchors } = await import('@/lib/richtext/text')

const photo: Media = {
  id: 1,
  alt: 'A woman stretching her hips on a mat',
  url: '/api/media/file/hips.jpg',
  mimeType: 'image/jpeg',
  width: 1600,
  height: 1200,
  sizes: { card: { url: '/api/media/file/hips-800x600.jpg', width: 800, height: 600 } },
  updatedAt: '2026-01-01T00:00:00.000Z',
  createdAt: '2026-01-01T00:00:00.000Z',
}

describe('ArticleCard', () => {
  const article: ArticleCardData = {
    id: 1,
    title: 'Why tight hips matter',
    slug: 'why-tight-hips-matter',
    excerpt: 'Sitting all day shortens the hip flexors.',
    publishedAt: '2026-03-01T09:00:00.000Z',
    readingTimeMinutes: 5,
    heroImage: photo,
    topics: [
      { id: 1, name: 'Mobility', slug: 'mobility' },
      { id: 2, name: 'Hips', slug: 'hips' },
      { id: 3, name: 'Desk life', slug: 'desk-life' },
    ],
  }

  it('links its title to the article', () => {
    render(<ArticleCard article={article} />)
    expect(screen.getAllByRole('link')).toHaveLength(1)
    expect(screen.getByRole('link', { name: 'Why tight hips matter' })).toHaveAttribute('href', '/blog/why-tight-hips-matter')
    expect(screen.getByRole('heading', { level: 3, name: 'Why tight hips matter' })).toBeInTheDocument()
    expect(screen.getByText('Sitting all day shortens the hip flexors.')).toBeInTheDocument()
  })

  it('shows the first two topics, the date and the reading time', () => {
    render(<ArticleCard article={article} headingLevel="h2" />)
    expect(screen.getByText('Mobility')).toBeInTheDocument()
    expect(screen.getByText('Hips')).toBeInTheDocument()
    expect(screen.queryByText('Desk life')).not.toBeInTheDocument()
    const date = screen.getByText('March 1, 2026')
    expect(date.tagName).toBe('TIME')
    expect(date).toHaveAttribute('datetime', '2026-03-01T09:00:00.000Z')
    expect(screen.getByText(/5 min read/)).toBeInTheDocument()
  })

  it('shows the hero image as decoration (the title already says it all)', () => {
    render(<ArticleCard article={article} />)
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
    expect(screen.getByRole('presentation')).toHaveAttribute('alt', '')
  })

  it('leaves out what it does not have: image (only an id), date and reading time', () => {
    render(<ArticleCard article={{ ...article, heroImage: 7, publishedAt: null, readingTimeMinutes: null, topics: [] }} />)
    expect(screen.queryByRole('presentation')).not.toBeInTheDocument()
    expect(screen.queryByText(/min read/)).not.toBeInTheDocument()
    expect(screen.queryByText('Mobility')).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Why tight hips matter' })).toBeInTheDocument()
  })
})

describe('ExerciseCard', () => {
  const exercise: ExerciseCardData = {
    id: 2,
    name: 'Glute bridge with ball',
    slug: 'glute-bridge-with-ball',
    summary: 'Lift your hips while squeezing a small ball.',
    level: 'beginner',
    position: 'lying',
    durationMinutes: 4,
    bodyAreas: ['hips', 'glutes', 'lower-back'],
    equipment: ['small-ball', 'mat'],
    images: [photo],
  }

  it('links its name to the exercise page', () => {
    render(<ExerciseCard exercise={exercise} />)
    expect(screen.getByRole('link', { name: 'Glute bridge with ball' })).toHaveAttribute('href', '/exercises/glute-bridge-with-ball')
    expect(screen.getByText('Lift your hips while squeezing a small ball.')).toBeInTheDocument()
  })

  it('shows labels, not stored values: level, first two body areas, time and equipment', () => {
    render(<ExerciseCard exercise={exercise} />)
    expect(screen.getByText('Beginner')).toBeInTheDocument()
    expect(screen.queryByText('beginner')).not.toBeInTheDocument()
    expect(screen.getByText('Hips')).toBeInTheDocument()
    expect(screen.getByText('Glutes')).toBeInTheDocument()
    expect(screen.queryByText('Lower back')).not.toBeInTheDocument()
    expect(screen.getByText('4 min')).toBeInTheDocument()
    expect(screen.getByText(/Small ball, Mat/)).toBeInTheDocument()
    expect(screen.queryByText(/small-ball/)).not.toBeInTheDocument()
  })

  it('has no image or equipment line when there are none', () => {
    render(<ExerciseCard exercise={{ ...exercise, images: [], equipment: [] }} />)
    expect(screen.queryByRole('presentation')).not.toBeInTheDocument()
    expect(screen.queryByText(/Small ball/)).not.toBeInTheDocument()
  })
})

describe('OfferingCard', () => {
  const monthly: Offering = {
    id: 3,
    name: 'Monthly Unlimited',
    kind: 'membership',
    shortDescription: 'Every class, every week.',
    price: { amount: 14900, currency: 'USD', billingPeriod: 'month' },
    included: [
      { id: 'a', item: 'Unlimited studio classes' },
      { id: 'b', item: 'The on-demand library' },
    ],
    checkoutUrl: 'https://checkout.example.com/monthly-unlimited',
    slug: 'monthly-unlimited',
    featured: true,
    updatedAt: '2026-01-01T00:00:00.000Z',
    createdAt: '2026-01-01T00:00:00.000Z',
  }
  const ball: Offering = {
    ...monthly,
    id: 4,
    name: 'Pilates ball',
    kind: 'equipment',
    shortDescription: 'The 23 cm ball we use in class.',
    price: { amount: 1999, currency: 'EUR', billingPeriod: 'one-time' },
    included: [],
    checkoutUrl: 'https://shop.example.com/ball',
    slug: 'pilates-ball',
    featured: false,
  }

  it('shows the name, the price in its currency and the billing period', () => {
    render(<OfferingCard offering={monthly} />)
    expect(screen.getByRole('heading', { level: 3, name: 'Monthly Unlimited' })).toBeInTheDocument()
    expect(screen.getByText('$149')).toBeInTheDocument()
    expect(screen.getByText('/ month')).toBeInTheDocument()
    expect(screen.getByText('Most loved')).toBeInTheDocument()
  })

  it('lists what is included as list items', () => {
    render(<OfferingCard offering={monthly} />)
    const list = screen.getByRole('list', { name: 'Included in Monthly Unlimited' })
    const items = within(list).getAllByRole('listitem')
    expect(items).toHaveLength(2)
    expect(items[0]).toHaveTextContent('Unlimited studio classes')
    expect(items[1]).toHaveTextContent('The on-demand library')
  })

  it('sends the call to action to the https checkout in a new tab, named after the offering', () => {
    render(<OfferingCard offering={monthly} />)
    const cta = screen.getByRole('link', { name: 'Get started with Monthly Unlimited (opens an external site in a new tab)' })
    expect(cta).toHaveAttribute('href', 'https://checkout.example.com/monthly-unlimited')
    expect(cta).toHaveAttribute('target', '_blank')
    expect(cta).toHaveAttribute('rel', 'noopener noreferrer')
  })

  it('keeps calls to action distinguishable when several offerings are listed', () => {
    render(
      <>
        <OfferingCard offering={monthly} />
        <OfferingCard offering={ball} />
      </>,
    )
    expect(screen.getByRole('link', { name: /^Get started with Monthly Unlimited/ })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: /^Buy with Pilates ball/ })).toHaveAttribute('href', 'https://shop.example.com/ball')
  })

  it('prices a one-time euro product without a period and without an empty list', () => {
    render(<OfferingCard offering={ball} />)
    expect(screen.getByText('€19.99')).toBeInTheDocument()
    expect(screen.queryByText(/^\/ /)).not.toBeInTheDocument()
    expect(screen.queryByRole('list')).not.toBeInTheDocument()
    expect(screen.queryByText('Most loved')).not.toBeInTheDocument()
  })
})

describe('TableOfContents', () => {
  it('links to every anchor of the article, in order, under "On this page"', () => {
    const anchors = headingAnchors(
      editorState([heading('h2', 'Why hips matter'), paragraph('Text.'), heading('h3', 'The hip flexors'), heading('h2', 'Why hips matter')]),
    )
    render(<TableOfContents anchors={anchors} />)
    const nav = screen.getByRole('navigation', { name: 'On this page' })
    const links = within(nav).getAllByRole('link')
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Why hips matter', '#why-hips-matter'],
      ['The hip flexors', '#the-hip-flexors'],
      ['Why hips matter', '#why-hips-matter-2'],
    ])
  })
})
