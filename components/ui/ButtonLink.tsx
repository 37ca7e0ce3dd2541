import Link from 'next/link'
import type { ReactNode } from 'react'

import { safeHref } from '@/lib/model/safe-url'

const variants = {
  primary: 'bg-clay-dark text-sand-50 hover:bg-clay',
  secondary: 'border border-ink/20 bg-transparent text-ink hover:border-ink/50',
} as const

type Props = { href: string; children: ReactNode; variant?: keyof typeof variants; className?: string }

/**
 * A link styled as a button. External links (http...) open in a new tab and say so,
 * to sighted users with an arrow and to screen readers in words.
 */
export function ButtonLink({ href: address, children, variant = 'primary', className = '' }: Props) {
  // Booking and checkout addresses come from content: an unsafe one is no button at all.
  const href = safeHref(address)
  if (!href) return null
  const classes = `inline-flex min-h-11 items-center justify-center gap-2 rounded-full px-6 py-2.5 text-sm font-semibold transition-colors ${variants[variant]} ${className}`
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
