import Link from 'next/link'

import { GAP, pageWindow } from '@/lib/model/pagination'

type Props = {
  page: number
  totalPages: number
  hrefFor: (page: number) => string
  label?: string
  /** Link texts; listings newest-first read "Newer" / "Older". */
  previousLabel?: string
  nextLabel?: string
}

/**
 * Previous / numbered / next links to real page URLs; the current page is marked for
 * assistive tech. Numbers are a window (first, last, a few around the current page).
 */
export function Pagination({ page, totalPages, hrefFor, label = 'Pagination', previousLabel = 'Newer', nextLabel = 'Older' }: Props) {
  if (totalPages <= 1) return null
  const pages = pageWindow(page, totalPages)
  const item = 'inline-flex min-h-11 min-w-11 items-center justify-center rounded-full px-3 text-sm font-semibold'
  return (
    <nav aria-label={label} className="mt-12">
      <ul className="flex flex-wrap items-center justify-center gap-2">
        {page > 1 ? (
          <li>
            <Link href={hrefFor(page - 1)} rel="prev" className={`${item} text-clay-dark hover:bg-sand-100`}>
              <span aria-hidden="true">←&nbsp;</span>
              {previousLabel}
            </Link>
          </li>
        ) : null}
        {pages.map((number, index) =>
          number === GAP ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-ink-muted">
              …
            </li>
          ) : (
            <li key={number}>
              {number === page ? (
                <span aria-current="page" className={`${item} bg-ink text-sand-50`}>
                  <span className="sr-only">Page </span>
                  {number}
                </span>
              ) : (
                <Link href={hrefFor(number)} className={`${item} text-ink hover:bg-sand-100`}>
                  <span className="sr-only">Page </span>
                  {number}
                </Link>
              )}
            </li>
          ),
        )}
        {page < totalPages ? (
          <li>
            <Link href={hrefFor(page + 1)} rel="next" className={`${item} text-clay-dark hover:bg-sand-100`}>
              {nextLabel}
              <span aria-hidden="true">&nbsp;→</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
