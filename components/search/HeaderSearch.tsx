import Link from 'next/link'

import { routes } from '@/lib/model/routes'

import { SearchField } from './SearchField'
import { SearchIcon } from './SearchIcon'

/**
 * The header's search: a plain GET form to /search (works without JavaScript) on wide
 * screens, a link to the search page on small ones where the bar has no room.
 */
export function HeaderSearch() {
  return (
    <>
      <form role="search" action={routes.search()} method="get" className="relative hidden lg:block">
        <SearchField
          id="header-search"
          placeholder="Search"
          className="h-11 w-44 rounded-full pl-4 pr-11 text-sm focus:w-56 motion-safe:transition-[width]"
        />
        <button type="submit" className="absolute inset-y-0 right-0 inline-flex w-11 items-center justify-center rounded-full text-ink-muted hover:text-ink">
          <SearchIcon />
          <span className="sr-only">Search</span>
        </button>
      </form>
      <Link
        href={routes.search()}
        className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-full text-ink hover:bg-sand-100 lg:hidden"
      >
        <SearchIcon className="size-5" />
        <span className="sr-only">Search</span>
      </Link>
    </>
  )
}
