'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'
import { useState } from 'react'

import type { NavLink } from '@/lib/content/navigation'

/** The small-screen menu: a labelled toggle button and the same links as the desktop bar. */
export function MobileMenu({ links }: { links: Pick<NavLink, 'label' | 'href'>[] }) {
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
                <Link
                  href={link.href}
                  aria-current={pathname === link.href ? 'page' : undefined}
                  className="mobile-menu-link"
                >
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </div>
  )
}
