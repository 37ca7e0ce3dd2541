'use client'

import { usePathname } from 'next/navigation'
import { useState } from 'react'

import { currentness, type MenuLink, NavAnchor } from './NavAnchor'

/** The small-screen menu: a labelled toggle button and the same links as the desktop bar. */
export function MobileMenu({ links }: { links: MenuLink[] }) {
  const pathname = usePathname()
  // Remember where the menu was opened: after a navigation it is closed again.
  const [openedAt, setOpenedAt] = useState<string | null>(null)
  const open = openedAt === pathname

  return (
    <div className="md:hidden">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="mobile-menu"
        onClick={() => setOpenedAt(open ? null : pathname)}
        className="menu-toggle"
      >
        <span aria-hidden="true">{open ? '✕' : '☰'}</span>
        Menu
      </button>
      {open ? (
        <nav id="mobile-menu" aria-label="Main" className="mobile-menu">
          <ul className="page-width py-4">
            {links.map((link) => (
              <li key={link.href}>
                <NavAnchor link={link} className="mobile-menu-link" current={currentness(link.href, pathname)} />
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </div>
  )
}
