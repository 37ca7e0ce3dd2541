import type { HeadingAnchor } from '@/lib/richtext/text'

/** "On this page" for long articles: links to each h2 (and h3) anchor. */
export function TableOfContents({ anchors }: { anchors: Pick<HeadingAnchor, 'id' | 'text' | 'level'>[] }) {
  return (
    <nav aria-labelledby="toc-heading" className="rounded-2xl bg-sand-100 p-6">
      <h2 id="toc-heading" className="text-sm font-bold uppercase tracking-wider text-ink-muted">
        On this page
      </h2>
      <ol className="mt-3 space-y-1 text-sm">
        {anchors.map((anchor) => (
          <li key={anchor.id} className={anchor.level === 3 ? 'pl-4' : ''}>
            <a href={`#${anchor.id}`} className="inline-flex min-h-6 items-center py-1 text-ink underline-offset-4 hover:text-clay-dark hover:underline">
              {anchor.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
