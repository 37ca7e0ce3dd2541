import { describe, expect, it } from '@jest/globals'
import { render, screen } from '@testing-library/react'

import { HomeHero } from '@/components/layout/HomeHero'

describe('HomeHero', () => {
  it('shows the studio name as the page heading and the tagline', () => {
    render(<HomeHero name="B The Method" tagline="Move with ease." />)
    expect(screen.getByRole('heading', { level: 1, name: 'B The Method' })).toBeInTheDocument()
    expect(screen.getByText('Move with ease.')).toBeInTheDocument()
  })

  it('leaves the tagline out when there is none', () => {
    const { container } = render(<HomeHero name="Studio" tagline={null} />)
    expect(container.querySelectorAll('p')).toHaveLength(0)
  })
})
