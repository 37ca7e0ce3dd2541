'use client'

import Link from 'next/link'
import type { ReactNode } from 'react'

import type { ShownImage } from '@/lib/content/media'

import { CappedImage } from './CappedImage'

type Props = {
  /** What screen readers hear for the whole card: "Exercise: Supine Hip Release". */
  label: string
  /** The small line above the title: "Try this exercise". */
  kicker: string
  title: string
  href: string
  meta: ReactNode
  text?: string | null
  /** Decorative: lib/content/media.ts `decorativeImage`. */
  image: ShownImage | null
  /** White for exercises, moss for routines, so the two read apart inside an article. */
  tone: 'white' | 'moss'
}

/**
 * Something an article embeds (an exercise, a routine): a compact card leading to its page.
 * Styles: `.embed*` in globals.css. A client component taking data, so the article's React
 * payload carries its fields rather than its elements.
 */
export function EmbedCard({ label, kicker, title, href, meta, text, image, tone }: Props) {
  return (
    <aside aria-label={label} className={`embed ${tone === 'moss' ? 'bg-moss-light' : 'bg-white shadow-sm'}`}>
      {image ? (
        <div className="embed-thumb">
          <CappedImage image={image} sizes="112px" decorative />
        </div>
      ) : null}
      <div className="min-w-0">
        <p className="embed-kicker">{kicker}</p>
        <p className="embed-title">
          <Link href={href}>{title}</Link>
        </p>
        <p className="embed-meta">{meta}</p>
        {text ? <p className="embed-text">{text}</p> : null}
      </div>
    </aside>
  )
}
