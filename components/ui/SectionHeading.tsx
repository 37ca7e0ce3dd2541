'use client'

import Link from 'next/link'
import type { ReactNode } from 'react'

type Props = { id?: string; title: ReactNode; intro?: ReactNode; link?: { href: string; label: string } }

/**
 * A section's heading row: its title, an optional line under it and a link to see more.
 * A client component taking data, so each page's React payload carries the words, not the
 * wrappers around them.
 */
export function SectionHeading({ id, title, intro, link }: Props) {
  return (
    <div className="section-heading-row">
      <div className="max-w-2xl">
        <h2 id={id} className="section-heading">
          {title}
        </h2>
        {intro ? <p className="mt-3 text-ink-muted">{intro}</p> : null}
      </div>
      {link ? (
        <Link href={link.href} className="text-link">
          {link.label} <span aria-hidden="true">&nbsp;→</span>
        </Link>
      ) : null}
    </div>
  )
}
