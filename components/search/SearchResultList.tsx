import Link from 'next/link'

import type { SearchHit, SearchKind } from '@/lib/content/search'

import { Badge } from '../ui/Badge'
import { Highlighted } from './Highlighted'

export const KIND_LABELS: Record<SearchKind, { one: string; many: string }> = {
  articles: { one: 'Article', many: 'Articles' },
  exercises: { one: 'Exercise', many: 'Exercises' },
  routines: { one: 'Routine', many: 'Routines' },
  classes: { one: 'Class', many: 'Classes' },
}

const KIND_TONES = { articles: 'moss', exercises: 'neutral', routines: 'moss', classes: 'clay' } as const

export function SearchResultList({ hits, startAt }: { hits: SearchHit[]; startAt: number }) {
  return (
    <ol start={startAt} className="divide-y divide-sand-200 border-y border-sand-200">
      {hits.map((hit) => (
        <li key={hit.href} className="py-6">
          <article>
            <Badge tone={KIND_TONES[hit.kind]}>{KIND_LABELS[hit.kind].one}</Badge>
            <h3 className="mt-3 font-serif text-2xl leading-snug tracking-tight">
              <Link href={hit.href} className="text-ink underline-offset-4 hover:text-clay-dark hover:underline">
                <Highlighted text={hit.markedTitle} />
              </Link>
            </h3>
            {hit.snippet ? (
              <p className="mt-2 max-w-3xl leading-relaxed text-ink-muted">
                <Highlighted text={hit.snippet} />
              </p>
            ) : null}
          </article>
        </li>
      ))}
    </ol>
  )
}
