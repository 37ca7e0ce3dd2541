import Link from 'next/link'
import type { ReactNode } from 'react'

type Props = { href: string; title: string; media?: ReactNode; eyebrow?: ReactNode; children?: ReactNode; footer?: ReactNode; headingLevel?: 'h2' | 'h3' }

/**
 * A content card whose whole surface is one link (the title), so it is one stop for
 * keyboard and screen-reader users instead of several. Styled by the `card*` classes
 * of app/(site)/globals.css.
 */
export function Card({ href, title, media, eyebrow, children, footer, headingLevel = 'h3' }: Props) {
  const Heading = headingLevel
  return (
    <article className="card">
      {media ? <div className="card-media">{media}</div> : null}
      <div className="card-body">
        {eyebrow ? <div className="card-badges">{eyebrow}</div> : null}
        <Heading className="card-title">
          <Link href={href} className="card-link">
            {title}
          </Link>
        </Heading>
        {children ? <div className="card-text">{children}</div> : null}
        {footer ? <div className="card-footer">{footer}</div> : null}
      </div>
    </article>
  )
}
