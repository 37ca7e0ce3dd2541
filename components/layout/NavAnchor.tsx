import Link from 'next/link'

import type { NavLink } from '@/lib/content/navigation'
import { visitorPath } from '@/lib/model/routes'

/** A menu link as a client component receives it: label, address, and whether staff ticked "Open in a new tab". */
export type MenuLink = Pick<NavLink, 'label' | 'href'> & { newTab?: boolean }

/** What a menu sends on to a client component: label and address, and newTab only when it is set. */
export function menuLink({ label, href, newTab }: NavLink): MenuLink {
  return newTab ? { label, href, newTab } : { label, href }
}

/**
 * How a menu link stands to the page shown, as `aria-current`: the page itself ("page"),
 * a page in its section ("true": an article under Blog), or neither. Read from the
 * address the visitor sees, so the server's render of a twin route (proxy.ts) marks the
 * same link as the browser does.
 */
export function currentness(href: string, pathname: string): 'page' | 'true' | undefined {
  const here = visitorPath(pathname)
  if (here === href) return 'page'
  if (href !== '/' && here.startsWith(`${href}/`)) return 'true'
  return undefined
}

/**
 * A link of the header, menu or footer, opened the way the editor chose: in a new tab
 * (said in words too) when "Open in a new tab" is ticked, in this tab otherwise.
 */
export function NavAnchor({ link, className, current }: { link: MenuLink; className: string; current?: 'page' | 'true' }) {
  if (link.newTab) {
    return (
      <a href={link.href} className={className} target="_blank" rel="noopener noreferrer">
        {link.label}
        <span className="sr-only"> (opens in a new tab)</span>
      </a>
    )
  }
  return (
    <Link href={link.href} className={className} aria-current={current}>
      {link.label}
    </Link>
  )
}
