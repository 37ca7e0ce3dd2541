'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'
import { useState } from 'react'

import type { NavLink } from '@/lib/content/navigation'

/** The small-screen menu: a labelled toggle button and the same links as the desktop bar. */
export function MobileMenu({ links }: { links: NavLink[] }) {
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
        className="inline-flex min-h-11 items-center gap-2 rounded-full px-4 text-sm font-semibold text-ink ring-1 ring-ink/20"
      >
        <span aria-hidden="true">{open ? '✕' : '☰'}</span>
        Menu
      </button>
      {open ? (
        <nav id="mobile-menu" aria-label="Main" className="absolute inset-x-0 top-full z-40 border-b border-sand-200 bg-sand-50 shadow-md">
          <ul className="mx-auto max-w-6xl px-5 py-4">
            {links.map((link) => (
              <li key={link.href}>
                <Link
                  href={link.href}
                  aria-current={pathname === link.href ? 'page' : undefined}
                  className="flex min-h-12 items-center text-lg text-ink"
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
