'use client'

import Link from 'next/link'

import { routes } from '@/lib/model/routes'

import { Container } from '../ui/Container'

const WAYS_ON = [
  { href: routes.home(), label: 'Home' },
  { href: routes.blog(), label: 'Journal' },
  { href: routes.exercises(), label: 'Exercises' },
  { href: routes.studio(), label: 'The studio' },
]

/**
 * The "page not found" message. A client component because Next puts the layout's
 * not-found page into the React payload of every page (for a client-side navigation that
 * ends in a 404): as one with no props it costs a reference there, not the whole message
 * (about 1 KB a page).
 */
export function NotFoundContent() {
  return (
    <Container className="py-24 text-center">
      <p className="eyebrow">404</p>
      <h1 className="mt-3 page-title">We couldn’t find that page</h1>
      <p className="mx-auto mt-4 max-w-xl text-lg text-ink-muted">It may have moved, or it was never here. These are good places to carry on:</p>
      <ul className="mt-8 flex flex-wrap justify-center gap-3">
        {WAYS_ON.map((link) => (
          <li key={link.href}>
            <Link href={link.href} className="pill-link">
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </Container>
  )
}
