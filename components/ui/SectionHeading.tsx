import Link from 'next/link'
import type { ReactNode } from 'react'

type Props = { id?: string; title: ReactNode; intro?: ReactNode; link?: { href: string; label: string } }

export function SectionHeading({ id, title, intro, link }: Props) {
  return (
    <div className="mb-8 flex flex-wrap items-end justify-between gap-4">
      <div className="max-w-2xl">
        <h2 id={id} className="font-serif text-3xl tracking-tight text-ink sm:text-4xl">
          {title}
        </h2>
        {intro ? <p className="mt-3 text-ink-muted">{intro}</p> : null}
      </div>
      {link ? (
        <Link href={link.href} className="inline-flex min-h-6 items-center text-sm font-semibold text-clay-dark underline-offset-4 hover:underline">
          {link.label} <span aria-hidden="true">&nbsp;→</span>
        </Link>
      ) : null}
    </div>
  )
}
