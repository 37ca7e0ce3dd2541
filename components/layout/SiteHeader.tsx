import Link from 'next/link'

import type { NavLink } from '@/lib/content/navigation'

import { HeaderSearch } from '../search/HeaderSearch'
import { Container } from '../ui/Container'
import { MobileMenu } from './MobileMenu'

export function SiteHeader({ studioName, links }: { studioName: string; links: NavLink[] }) {
  return (
    <header className="relative border-b border-sand-200 bg-sand-50 print:hidden">
      <Container className="flex min-h-16 items-center justify-between gap-6">
        <Link href="/" className="inline-flex min-h-11 items-center font-serif text-xl tracking-tight text-ink">
          {studioName}
        </Link>
        <nav aria-label="Main" className="hidden md:block">
          <ul className="flex items-center gap-1">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="menu-link">
                  {link.label}
                </Link>
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
