import { describe, expect, it } from '@jest/globals'
import { render, screen, within } from '@testing-library/react'

import { serveNextLinkAndImageAsEsm } from './next-esm'

serveNextLinkAndImageAsEsm()

const { Badge } = await import('@/components/ui/Badge')
const { ButtonLink } = await import('@/components/ui/ButtonLink')
const { Card } = await import('@/components/ui/Card')
const { CardGrid } = await import('@/components/ui/CardGrid')
const { Container } = await import('@/components/ui/Container')
const { Pagination } = await import('@/components/ui/Pagination')
const { Prose } = await import('@/components/ui/Prose')
const { SectionHeading } = await import('@/components/ui/SectionHeading')
const { SiteImage } = await import('@/components/ui/SiteImage')
const { routes } = await import('@/lib/model/routes')

const NEW_TAB = '(opens an external site in a new tab)'

describe('Badge', () => {
  it('shows its text', () => {
    render(<Badge tone="moss">Beginner</Badge>)
    expect(screen.getByText('Beginner')).toBeInTheDocument()
  })
})

describe('Container and Prose', () => {
  it('render their content', () => {
    render(
      <Container>
        <Prose>
          <p>Long-form text.</p>
        </Prose>
      </Container>,
    )
    expect(screen.getByText('Long-form text.')).toBeInTheDocument()
  })
})

describe('ButtonLink', () => {
  it('renders an internal path as a normal link in the same tab', () => {
    render(<ButtonLink href="/studio">Visit the studio</ButtonLink>)
    const link = screen.getByRole('link', { name: 'Visit the studio' })
    expect(link).toHaveAttribute('href', '/studio')
    expect(link).not.toHaveAttribute('target')
    expect(link).not.toHaveTextContent(NEW_TAB)
  })

  it('opens an external https link in a new tab, safely, and says so in words', () => {
    render(<ButtonLink href="https://book.example.com/classes">Book a class</ButtonLink>)
    // The arrow is decorative: the name is the label plus the spoken warning.
    const link = screen.getByRole('link', { name: `Book a class ${NEW_TAB}` })
    expect(link).toHaveAttribute('href', 'https://book.example.com/classes')
    expect(link).toHaveAttribute('target', '_blank')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
  })
})

describe('Card', () => {
  it('is one link, named by its title, inside a heading of the given level', () => {
    render(
      <Card href="/blog/why-hips" title="Why hips matter" headingLevel="h2" badges={[{ label: 'Mobility', tone: 'moss' }]} footer="5 min read">
        Sitting all day makes them tight.
      </Card>,
    )
    expect(screen.getAllByRole('link')).toHaveLength(1)
    expect(screen.getByRole('link', { name: 'Why hips matter' })).toHaveAttribute('href', '/blog/why-hips')
    const heading = screen.getByRole('heading', { level: 2, name: 'Why hips matter' })
    expect(within(heading).getByRole('link')).toHaveAttribute('href', '/blog/why-hips')
    expect(screen.getByText('Sitting all day makes them tight.')).toBeInTheDocument()
    expect(screen.getByText('Mobility')).toBeInTheDocument()
    expect(screen.getByText('5 min read')).toBeInTheDocument()
  })

  it('draws its image as decoration: the title names the card', () => {
    const { container } = render(<Card href="/exercises/bridge" title="Bridge" image={{ src: '/api/media/file/bridge-640x480.webp', width: 640, height: 480 }} />)
    const image = container.querySelector('img')!
    expect(image).toHaveAttribute('alt', '')
    expect(image).toHaveAttribute('width', '640')
    expect(screen.getAllByRole('link')).toHaveLength(1)
  })

  it('uses an h3 by default', () => {
    render(<Card href="/exercises/bridge" title="Bridge" />)
    expect(screen.getByRole('heading', { level: 3, name: 'Bridge' })).toBeInTheDocument()
  })
})

describe('CardGrid', () => {
  it('lists one card per item, in order', () => {
    const items = [
      { id: 1, title: 'Ball Bridge' },
      { id: 2, title: 'Side Plank' },
    ]
    render(<CardGrid items={items}>{(item) => <Card href={`/exercises/${item.id}`} title={item.title} />}</CardGrid>)
    const cards = within(screen.getByRole('list')).getAllByRole('listitem')
    expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual(['Ball Bridge', 'Side Plank'])
  })
})

describe('Pagination', () => {
  it('renders no navigation for a single page', () => {
    render(<Pagination page={1} totalPages={1} hrefFor={routes.blog} />)
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument()
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
  })

  it('on the first page: marks page 1 as current, links the others and "Older", and has no "Newer"', () => {
    render(<Pagination page={1} totalPages={3} hrefFor={routes.blog} />)
    const nav = screen.getByRole('navigation', { name: 'Pagination' })
    const current = within(nav).getByText('1')
    expect(current).toHaveAttribute('aria-current', 'page')
    expect(current).toHaveTextContent('Page 1')
    expect(current.closest('a')).toBeNull()
    expect(within(nav).queryByRole('link', { name: /Newer/ })).not.toBeInTheDocument()
    expect(within(nav).getByRole('link', { name: 'Page 2' })).toHaveAttribute('href', '/blog/page/2')
    expect(within(nav).getByRole('link', { name: 'Page 3' })).toHaveAttribute('href', '/blog/page/3')
    expect(within(nav).getByRole('link', { name: 'Older' })).toHaveAttribute('href', '/blog/page/2')
  })

  it('in the middle: "Newer" leads back to the plain first page and "Older" onwards', () => {
    render(<Pagination page={2} totalPages={3} hrefFor={routes.blog} label="Blog pages" />)
    const nav = screen.getByRole('navigation', { name: 'Blog pages' })
    expect(within(nav).getByRole('link', { name: 'Newer' })).toHaveAttribute('href', '/blog')
    expect(within(nav).getByRole('link', { name: 'Older' })).toHaveAttribute('href', '/blog/page/3')
    expect(within(nav).getByRole('link', { name: 'Page 1' })).toHaveAttribute('href', '/blog')
    expect(within(nav).getByRole('link', { name: 'Page 1' })).not.toHaveAttribute('aria-current')
    expect(within(nav).getByText('2')).toHaveAttribute('aria-current', 'page')
    expect(within(nav).queryByRole('link', { name: 'Page 2' })).not.toBeInTheDocument()
  })

  it('on the last page has no "Older"', () => {
    render(<Pagination page={3} totalPages={3} hrefFor={(page) => routes.topic('hips', page)} />)
    expect(screen.getByRole('link', { name: 'Newer' })).toHaveAttribute('href', '/blog/topic/hips/page/2')
    expect(screen.queryByRole('link', { name: 'Older' })).not.toBeInTheDocument()
  })
})

describe('SectionHeading', () => {
  it('is an h2 with its id, intro and a "see all" link', () => {
    render(<SectionHeading id="latest" title="Latest articles" intro="Fresh from the studio." link={{ href: '/blog', label: 'All articles' }} />)
    const heading = screen.getByRole('heading', { level: 2, name: 'Latest articles' })
    expect(heading).toHaveAttribute('id', 'latest')
    expect(screen.getByText('Fresh from the studio.')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'All articles' })).toHaveAttribute('href', '/blog')
  })

  it('has no link or intro when none is given', () => {
    render(<SectionHeading title="Our classes" />)
    expect(screen.getByRole('heading', { level: 2, name: 'Our classes' })).toBeInTheDocument()
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
  })
})

describe('SiteImage', () => {
  const image = { src: '/api/media/file/mat.jpg', width: 800, height: 600, alt: 'A rolled-up mat', caption: null, credit: null, objectPosition: '30% 70%' }

  it('shows the alt text and keeps the focal point when cropped', () => {
    render(<SiteImage image={image} sizes="100vw" />)
    const img = screen.getByRole('img', { name: 'A rolled-up mat' })
    expect(img).toHaveAttribute('width', '800')
    expect(img).toHaveAttribute('height', '600')
    expect(img).toHaveStyle({ objectPosition: '30% 70%' })
  })

  it('fetches the page\'s main image first and eagerly, and leaves the others lazy', () => {
    const { unmount } = render(<SiteImage image={image} sizes="100vw" priority />)
    const main = screen.getByRole('img', { name: 'A rolled-up mat' })
    expect(main).toHaveAttribute('fetchpriority', 'high')
    expect(main).not.toHaveAttribute('loading', 'lazy')
    unmount()
    render(<SiteImage image={image} sizes="100vw" />)
    const other = screen.getByRole('img', { name: 'A rolled-up mat' })
    expect(other).not.toHaveAttribute('fetchpriority')
    expect(other).toHaveAttribute('loading', 'lazy')
  })

  it('offers widths up to the file\'s own, the last one labelled with its real width', () => {
    render(<SiteImage image={image} sizes="100vw" />)
    const srcSet = screen.getByRole('img', { name: 'A rolled-up mat' }).getAttribute('srcset') ?? ''
    const widths = srcSet.split(', ').map((candidate) => candidate.split(' ')[1])
    expect(widths).toEqual(['640w', '750w', '800w'])
    // The 800w candidate asks the optimiser for the next configured width, which serves the whole file.
    expect(srcSet).toContain('%2Fapi%2Fmedia%2Ffile%2Fmat.jpg&w=828&q=75 800w')
    expect(screen.getByRole('img', { name: 'A rolled-up mat' }).getAttribute('src')).toContain('w=828')
  })

  it('crops around the centre when no focal point was set', () => {
    render(<SiteImage image={{ ...image, objectPosition: '50% 50%' }} sizes="100vw" />)
    expect(screen.getByRole('img', { name: 'A rolled-up mat' }).style.objectPosition).toBe('')
  })

  it('hides a decorative image from assistive tech with empty alt text', () => {
    render(<SiteImage image={image} sizes="100vw" decorative />)
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
    expect(screen.getByRole('presentation')).toHaveAttribute('alt', '')
  })
})
