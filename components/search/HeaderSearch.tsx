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
          className="header-search-field"
        />
        <button type="submit" className="header-search-submit">
          <SearchIcon />
          <span className="sr-only">Search</span>
        </button>
      </form>
      <Link
        href={routes.search()}
        className="icon-link lg:hidden"
      >
        <SearchIcon className="size-5" />
        <span className="sr-only">Search</span>
      </Link>
    </>
  )
}
