import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'

import type { NavLink } from '@/lib/content/navigation'

import { serveNextLinkAndImageAsEsm } from './next-esm'

serveNextLinkAndImageAsEsm()

let pathname = '/blog'
jest.unstable_mockModule('next/navigation', () => ({
  usePathname: () => pathname,
  useRouter: () => ({ push: jest.fn() }),
  useSearchParams: () => new URLSearchParams(),
}))

const { MobileMenu } = await import('@/components/layout/MobileMenu')
const { SiteHeader } = await import('@/components/layout/SiteHeader')

const links: NavLink[] = [
  { label: 'Studio', href: '/studio', external: false, newTab: false },
  { label: 'Blog', href: '/blog', external: false, newTab: false },
  { label: 'Exercises', href: '/exercises', external: false, newTab: false },
]

beforeEach(() => {
  pathname = '/blog'
})

describe('MobileMenu', () => {
  it('starts closed: a "Menu" button with aria-expanded=false and no links', () => {
    render(<MobileMenu links={links} />)
    expect(screen.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument()
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
  })

  it('opens on click to show the main navigation, with the current page marked', async () => {
    const user = userEvent.setup()
    render(<MobileMenu links={links} />)
    const button = screen.getByRole('button', { name: 'Menu' })
    await user.click(button)
    expect(button).toHaveAttribute('aria-expanded', 'true')
    const nav = screen.getByRole('navigation', { name: 'Main' })
    expect(button).toHaveAttribute('aria-controls', nav.id)
    expect(within(nav).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Studio', '/studio'],
      ['Blog', '/blog'],
      ['Exercises', '/exercises'],
    ])
    expect(within(nav).getByRole('link', { name: 'Blog' })).toHaveAttribute('aria-current', 'page')
    expect(within(nav).getByRole('link', { name: 'Studio' })).not.toHaveAttribute('aria-current')
  })

  it('closes again on a second click', async () => {
    const user = userEvent.setup()
    render(<MobileMenu links={links} />)
    const button = screen.getByRole('button', { name: 'Menu' })
    await user.click(button)
    await user.click(button)
    expect(button).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument()
  })

  it('works from the keyboard', async () => {
    const user = userEvent.setup()
    render(<MobileMenu links={links} />)
    await user.tab()
    expect(screen.getByRole('button', { name: 'Menu' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument()
  })

  it('is closed after navigating to another page', async () => {
    const user = userEvent.setup()
    const { rerender } = render(<MobileMenu links={links} />)
    await user.click(screen.getByRole('button', { name: 'Menu' }))
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument()
    pathname = '/studio'
    rerender(<MobileMenu links={links} />)
    expect(screen.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument()
  })
})

describe('the header bar marks where the visitor is', () => {
  const marks = () =>
    Object.fromEntries(
      within(screen.getByRole('navigation', { name: 'Main' }))
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('aria-current')]),
    )

  it('the page itself, and the section of a page inside it', () => {
    pathname = '/exercises'
    const { unmount } = render(<SiteHeader studioName="B The Method" links={links} />)
    expect(marks()).toEqual({ Studio: null, Blog: null, Exercises: 'page' })
    unmount()
    pathname = '/blog/hip-mobility-and-lower-back-pain'
    render(<SiteHeader studioName="B The Method" links={links} />)
    expect(marks()).toEqual({ Studio: null, Blog: 'true', Exercises: null })
  })

  it('the same on the server’s twin route of a filtered listing as at its public address', () => {
    // proxy.ts serves /exercises?level=beginner from /exercise-library/level%3Dbeginner.
    pathname = '/exercise-library/level%3Dbeginner'
    render(<SiteHeader studioName="B The Method" links={links} />)
    expect(marks()).toEqual({ Studio: null, Blog: null, Exercises: 'page' })
  })

  it('nothing on a page outside every section, and never "home" for every page', () => {
    pathname = '/search'
    const { unmount } = render(<SiteHeader studioName="B The Method" links={[{ label: 'Home', href: '/', external: false, newTab: false }, ...links]} />)
    expect(marks()).toEqual({ Home: null, Studio: null, Blog: null, Exercises: null })
    unmount()
    pathname = '/'
    render(<SiteHeader studioName="B The Method" links={[{ label: 'Home', href: '/', external: false, newTab: false }, ...links]} />)
    expect(marks()).toMatchObject({ Home: 'page', Blog: null })
  })
})
