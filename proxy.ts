import { NextResponse, type NextRequest } from 'next/server'

import { cacheableLibraryQuery } from './lib/content/exercise-filters'

/** Where a cached filtered library page lives: one path per canonical query. */
const CACHED_LIBRARY = '/exercise-library/'

/**
 * A filtered exercise library is the same page for every visitor, but a route that reads
 * `searchParams` renders on every request (95 req/s under load, `private, no-store`, no
 * back/forward cache). Common filter combinations are rewritten to a twin route with the
 * canonical query as a path segment, which Next renders once and keeps in its full-route
 * cache until an exercise is published (the reads' tags). Visitors keep the /exercises URL.
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl
  if (pathname.startsWith(CACHED_LIBRARY)) {
    // Only our own rewrites may reach the twin: a direct visit goes to the public URL, so
    // nobody can fill the cache with queries of their own.
    const query = pathname.slice(CACHED_LIBRARY.length)
    return NextResponse.redirect(new URL(`/exercises?${decodedOrEmpty(query)}`, request.url), 308)
  }
  const query = cacheableLibraryQuery(searchParams)
  if (query === null) return NextResponse.next()
  // No known filter at all (say ?area=nope): the prerendered library without filters.
  return NextResponse.rewrite(new URL(query ? CACHED_LIBRARY + encodeURIComponent(query) : '/exercise-library', request.url))
}

function decodedOrEmpty(segment: string): string {
  try {
    return new URLSearchParams(decodeURIComponent(segment)).toString()
  } catch {
    return ''
  }
}

export const config = {
  matcher: ['/exercises', '/exercise-library/:query+'],
}
