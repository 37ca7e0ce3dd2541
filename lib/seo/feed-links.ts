import type { Metadata } from 'next'

import { routes } from '../model/routes'
import { absoluteUrl } from '../server/site-url'

/**
 * The journal's feed, announced in the head of every blog page (<link rel="alternate"
 * type="application/rss+xml">) so readers and browsers discover it. Pages that also set a
 * canonical URL merge it in: `alternates: { ...blogFeedAlternates, canonical }`.
 */
export const blogFeedAlternates = {
  types: {
    'application/rss+xml': [{ url: absoluteUrl(routes.rss()), title: 'B The Method journal' }],
    'application/atom+xml': [{ url: absoluteUrl(routes.atom()), title: 'B The Method journal (Atom)' }],
    'application/feed+json': [{ url: absoluteUrl(routes.jsonFeed()), title: 'B The Method journal (JSON Feed)' }],
  },
} satisfies Metadata['alternates']
