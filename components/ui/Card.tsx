'use client'

import Link from 'next/link'
import type { ReactNode } from 'react'

import type { ShownImage } from '@/lib/content/media'

import { Badge, type BadgeTone } from './Badge'
import { CappedImage } from './CappedImage'

export type CardBadge = { label: string; tone?: BadgeTone }

type Props = {
  href: string
  title: string
  /** Decorative (the title says it all): lib/content/media.ts `decorativeImage`. */
  image?: ShownImage | null
  /** The small labels above the title: topics, level, body areas. */
  badges?: CardBadge[]
  children?: ReactNode
  footer?: ReactNode
  headingLevel?: 'h2' | 'h3'
}

/**
 * A content card whose whole surface is one link (the title), so it is one stop for
 * keyboard and screen-reader users instead of several. Styled by the `card*` classes
 * of app/(site)/globals.css. A client component taking data, not elements: pages list
 * many cards, and the page's React payload then carries each card's fields instead of
 * its elements and their classes (about 400 bytes a card on the article).
 */
export function Card({ href, title, image, badges, children, footer, headingLevel = 'h3' }: Props) {
  const Heading = headingLevel
  return (
    <article className="card">
      {image ? (
        <div className="card-media">
          <CappedImage image={image} sizes="card" decorative />
        </div>
      ) : null}
      <div className="card-body">
        {badges?.length ? (
          <div className="card-badges">
            {badges.map((badge, index) => (
              <Badge key={index} tone={badge.tone}>
                {badge.label}
              </Badge>
            ))}
          </div>
        ) : null}
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
