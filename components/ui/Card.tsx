import Link from 'next/link'
import type { ReactNode } from 'react'

type Props = { href: string; title: string; media?: ReactNode; eyebrow?: ReactNode; children?: ReactNode; footer?: ReactNode; headingLevel?: 'h2' | 'h3' }

/**
 * A content card whose whole surface is one link (the title), so it is one stop for
 * keyboard and screen-reader users instead of several.
 */
export function Card({ href, title, media, eyebrow, children, footer, headingLevel = 'h3' }: Props) {
  const Heading = headingLevel
  return (
    <article className="group relative flex flex-col overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-sand-200 transition-shadow focus-within:ring-2 focus-within:ring-clay hover:shadow-md">
      {media ? <div className="aspect-[4/3] overflow-hidden bg-sand-100">{media}</div> : null}
      <div className="flex flex-1 flex-col gap-3 p-6">
        {eyebrow ? <div className="flex flex-wrap gap-2">{eyebrow}</div> : null}
        <Heading className="font-serif text-xl leading-snug text-ink">
          <Link href={href} className="outline-none after:absolute after:inset-0 after:content-[''] group-hover:underline underline-offset-4">
            {title}
          </Link>
        </Heading>
        {children ? <div className="text-sm leading-relaxed text-ink-muted">{children}</div> : null}
        {footer ? <div className="mt-auto pt-2 text-sm text-ink-muted">{footer}</div> : null}
      </div>
    </article>
  )
}
