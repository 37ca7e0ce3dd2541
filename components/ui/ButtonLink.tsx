import Link from 'next/link'
import type { ReactNode } from 'react'

import { safeHref } from '@/lib/model/safe-url'

// Styles: .button and its variants in app/(site)/globals.css.
const variants = { primary: 'button-primary', secondary: 'button-secondary' } as const

type Props = { href: string; children: ReactNode; variant?: keyof typeof variants; className?: string }

/**
 * A link styled as a button. External links (http...) open in a new tab and say so,
 * to sighted users with an arrow and to screen readers in words.
 */
export function ButtonLink({ href: address, children, variant = 'primary', className = '' }: Props) {
  // Booking and checkout addresses come from content: an unsafe one is no button at all.
  const href = safeHref(address)
  if (!href) return null
  const classes = ['button', variants[variant], className].filter(Boolean).join(' ')
  if (/^https?:/.test(href)) {
    return (
      <a href={href} className={classes} target="_blank" rel="noopener noreferrer">
        {children}
        <span aria-hidden="true">↗</span>
        <span className="sr-only">(opens an external site in a new tab)</span>
      </a>
    )
  }
  return (
    <Link href={href} className={classes}>
      {children}
    </Link>
  )
}
