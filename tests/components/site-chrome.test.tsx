import { describe, expect, it, jest } from '@jest/globals'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'

import type { NavLink, SiteNavigation } from '@/lib/content/navigation'

import { serveNextLinkAndImageAsEsm } from './next-esm'

serveNextLinkAndImageAsEsm()

jest.unstable_mockModule('next/navigation', () => ({
  usePathname: () => '/blog',
  useRouter: () => ({ push: jest.fn() }),
  useSearchParams: () => new URLSearchParams(),
}))

const { SiteHeader } = await import('@/components/layout/SiteHeader')
const { SiteFooter } = await import('@/components/layout/SiteFooter')

const header: NavLink[] = [
  { label: 'Blog', href: '/blog', external: false, newTab: false },
  { label: 'Book a class', href: 'https://book.example.com/', external: true, newTab: true },
  { label: 'Shop', href: 'https://shop.example.com/', external: true, newTab: false },
]

const navigation: SiteNavigation = {
  header,
  footer: [
    {
      title: 'Connect',
      links: [
        { label: 'Newsletter', href: 'https://news.example.com/', external: true, newTab: true },
        { label: 'Shop', href: 'https://shop.example.com/', external: true, newTab: false },
        { label: 'Our story', href: '/studio', external: false, newTab: true },
      ],
    },
  ],
  newsletter: { blurb: null, url: null },
}

describe('menu links open the way the editor chose ("Open in a new tab")', () => {
  it('in the header bar', () => {
    render(<SiteHeader studioName="B The Method" links={header} />)
    const bar = screen.getByRole('navigation', { name: 'Main' })
    const book = within(bar).getByRole('link', { name: 'Book a class (opens in a new tab)' })
    expect(book).toHaveAttribute('target', '_blank')
    expect(book).toHaveAttribute('rel', 'noopener noreferrer')
    expect(within(bar).getByRole('link', { name: 'Shop' })).not.toHaveAttribute('target')
    expect(within(bar).getByRole('link', { name: 'Blog' })).not.toHaveAttribute('target')
  })

  it('in the small-screen menu', async () => {
    render(<SiteHeader studioName="B The Method" links={header} />)
    await userEvent.setup().click(screen.getByRole('button', { name: 'Menu' }))
    const menu = document.getElementById('mobile-menu')!
    expect(within(menu).getByRole('link', { name: 'Book a class (opens in a new tab)' })).toHaveAttribute('target', '_blank')
    expect(within(menu).getByRole('link', { name: 'Shop' })).not.toHaveAttribute('target')
    expect(within(menu).getByRole('link', { name: 'Blog' })).toHaveAttribute('aria-current', 'page')
  })

  it('in the footer, internal links included', () => {
    render(<SiteFooter studio={{ name: 'B The Method', contact: null, socialLinks: null } as never} navigation={navigation} />)
    const column = screen.getByRole('navigation', { name: 'Connect' })
    expect(within(column).getByRole('link', { name: 'Newsletter (opens in a new tab)' })).toHaveAttribute('target', '_blank')
    expect(within(column).getByRole('link', { name: 'Shop' })).not.toHaveAttribute('target')
    expect(within(column).getByRole('link', { name: 'Our story (opens in a new tab)' })).toHaveAttribute('href', '/studio')
  })
})
