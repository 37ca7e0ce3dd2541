import Link from 'next/link'

import type { NavLink } from '@/lib/content/navigation'

/** A menu link as a client component receives it: label, address, and whether staff ticked "Open in a new tab". */
export type MenuLink = Pick<NavLink, 'label' | 'href'> & { newTab?: boolean }

/** What a menu sends on to a client component: label and address, and newTab only when it is set. */
export function menuLink({ label, href, newTab }: NavLink): MenuLink {
  return newTab ? { label, href, newTab } : { label, href }
}

/**
 * A link of the header, menu or footer, opened the way the editor chose: in a new tab
 * (said in words too) when "Open in a new tab" is ticked, in this tab otherwise.
 */
export function NavAnchor({ link, className, current }: { link: MenuLink; className: string; current?: boolean }) {
  if (link.newTab) {
    return (
      <a href={link.href} className={className} target="_blank" rel="noopener noreferrer">
        {link.label}
        <span className="sr-only"> (opens in a new tab)</span>
      </a>
    )
  }
  return (
    <Link href={link.href} className={className} aria-current={current ? 'page' : undefined}>
      {link.label}
    </Link>
  )
}
