import { NextResponse, type NextRequest } from 'next/server'

import { cacheableLibraryQuery } from './lib/content/exercise-filters'
import { cacheableRoutineQuery } from './lib/content/routine-filters'
import { LISTING_TWINS } from './lib/model/routes'

/**
 * A filtered listing is the same page for every visitor, but a route that reads
 * `searchParams` renders on every request (the exercise library: 95 req/s under load,
 * `private, no-store`, no back/forward cache). Its common filter choices are rewritten to a
 * twin route with the canonical query as a path segment, which Next renders once and keeps
 * in its full-route cache until the listing's content is published again (the reads' tags);
 * no filters at all, to the prerendered twin. Visitors keep the public URL.
 */
const LISTINGS = [
  { path: '/exercises', twin: LISTING_TWINS['/exercises'], cacheableQuery: cacheableLibraryQuery },
  { path: '/routines', twin: LISTING_TWINS['/routines'], cacheableQuery: cacheableRoutineQuery },
]

export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl
  for (const listing of LISTINGS) {
    if (pathname.startsWith(`${listing.twin}/`)) {
      // Only our own rewrites may reach a twin: a direct visit goes to the public URL, so
      // nobody can fill the cache with queries of their own.
      const query = decodedQuery(pathname.slice(listing.twin.length + 1))
      return NextResponse.redirect(new URL(`${listing.path}${query ? `?${query}` : ''}`, request.url), 308)
    }
    if (pathname !== listing.path) continue
    const query = listing.cacheableQuery(searchParams)
    if (query === null) return NextResponse.next()
    // No known filter at all (say ?area=nope) is the listing without filters.
    return NextResponse.rewrite(new URL(query ? `${listing.twin}/${encodeURIComponent(query)}` : listing.twin, request.url))
  }
  return NextResponse.next()
}

function decodedQuery(segment: string): string {
  try {
    return new URLSearchParams(decodeURIComponent(segment)).toString()
  } catch {
    return ''
  }
}

export const config = {
  matcher: ['/exercises', '/exercise-library/:query+', '/routines', '/routine-library/:query+'],
}
