import Link from 'next/link'

export type NamedPage = { id: number | string; name: string; slug: string }

/** Populated relations ({ name, slug }) out of a relationship field's value; ids are left out. */
export function namedPages(items: unknown[] | null | undefined): NamedPage[] {
  return (items ?? []).flatMap((item) =>
    item && typeof item === 'object' && 'slug' in item && 'name' in item ? [item as NamedPage] : [],
  )
}

/** "Maya Delgado, Jonah Pierce" with each name linking to its page. */
export function LinkedNames({ pages, hrefFor }: { pages: NamedPage[]; hrefFor: (slug: string) => string }) {
  return (
    <>
      {pages.map((page, index) => (
        <span key={page.id}>
          {index > 0 ? ', ' : ''}
          <Link href={hrefFor(page.slug)} className="text-clay-dark underline underline-offset-4">
            {page.name}
          </Link>
        </span>
      ))}
    </>
  )
}
