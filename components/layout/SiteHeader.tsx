'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'

import { HeaderSearch } from '../search/HeaderSearch'
import { Container } from '../ui/Container'
import { MobileMenu } from './MobileMenu'
import { currentness, type MenuLink, NavAnchor } from './NavAnchor'

/**
 * The site's header bar: the studio's name, the main menu (a toggle on small screens) and
 * the search. Drawn on the client from the name and the links: every page's React payload
 * then carries those few fields instead of the whole bar, search form and icons included
 * (about 3 KB a page, docs/performance.md). The link of the section shown is marked.
 */
export function SiteHeader({ studioName, links }: { studioName: string; links: MenuLink[] }) {
  const pathname = usePathname()
  return (
    <header className="site-header">
      <Container className="site-header-bar">
        <Link href="/" className="brand-link">
          {studioName}
        </Link>
        <nav aria-label="Main" className="hidden md:block">
          <ul className="flex gap-1">
            {links.map((link) => (
              <li key={link.href}>
                <NavAnchor link={link} className="menu-link" current={currentness(link.href, pathname)} />
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex items-center gap-2 md:ml-auto">
          <HeaderSearch />
          <MobileMenu links={links} />
        </div>
      </Container>
    </header>
  )
}
