import { createHash } from 'node:crypto'

import { slugify } from '../model/slug'

/**
 * A stable id for a source post: its handle on the old site when known (so the same
 * post saved as HTML or Markdown matches), otherwise a hash of its title and date.
 */
export function sourceIdFor(post: { handle?: string | null; title: string; date?: Date }): string {
  const handle = post.handle ? slugify(post.handle) : ''
  if (handle) return `handle:${handle}`
  const day = post.date ? post.date.toISOString().slice(0, 10) : ''
  const digest = createHash('sha256').update(`${post.title.trim().toLowerCase()}\n${day}`).digest('hex').slice(0, 16)
  return `sha256:${digest}`
}

/** "/blogs/news/hip-mobility?x=1" or a full URL -> "hip-mobility". */
export function handleFromUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined
  let pathname = url
  try {
    pathname = new URL(url, 'http://old.invalid').pathname
  } catch {
    return undefined
  }
  const last = pathname.split('/').filter(Boolean).pop()
  if (!last) return undefined
  const handle = slugify(decodeURIComponent(last).replace(/\.(html?|php|aspx?)$/i, ''))
  return handle || undefined
}

/** "https://shop.example.com/blogs/news/hip?x=1" -> "/blogs/news/hip"; undefined for a bare "/" or nonsense. */
export function pathFromUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined
  try {
    const pathname = new URL(url, 'http://old.invalid').pathname.replace(/\/+$/, '')
    return pathname && pathname !== '/' ? pathname : undefined
  } catch {
    return undefined
  }
}

/** Reads a date from front matter, a `<time datetime>` or a plain line; undefined when it is not one. */
export function parseDate(value: unknown): Date | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined
    // YAML reads `date: 2026-03-12` as midnight UTC: make a bare day noon UTC, as below.
    const bareDay = value.getUTCHours() === 0 && value.getUTCMinutes() === 0 && value.getUTCSeconds() === 0
    return bareDay ? new Date(value.getTime() + 12 * 3_600_000) : value
  }
  if (typeof value !== 'string' && typeof value !== 'number') return undefined
  const raw = String(value).trim().replace(/^(posted|published)( on)?:?\s*/i, '').replace(/(\d)(st|nd|rd|th)\b/g, '$1')
  if (!/\d{4}/.test(raw)) return undefined
  // A bare day ("2026-03-12") is noon UTC, so it shows as that day in every time zone we serve.
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw)
  let date = day ? new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]), 12)) : new Date(raw)
  if (Number.isNaN(date.getTime())) return undefined
  if (!day && !/\d:\d/.test(raw)) date = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate(), 12))
  const year = date.getUTCFullYear()
  return year >= 1990 && year <= 2100 ? date : undefined
}
