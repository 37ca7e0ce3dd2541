import Link from 'next/link'

import type { NavLink } from '@/lib/content/navigation'

import { HeaderSearch } from '../search/HeaderSearch'
import { Container } from '../ui/Container'
import { MobileMenu } from './MobileMenu'
import { menuLink, NavAnchor } from './NavAnchor'

export function SiteHeader({ studioName, links }: { studioName: string; links: NavLink[] }) {
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
                <NavAnchor link={link} className="menu-link" />
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex items-center gap-2 md:ml-auto">
          <HeaderSearch />
          <MobileMenu links={links.map(menuLink)} />
        </div>
      </Container>
    </header>
  )
}
