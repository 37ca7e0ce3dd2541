'use client'

import Link from 'next/link'

/** Something broke while rendering: a calm message and a way on, never a stack trace. */
export default function SiteError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto w-full max-w-6xl px-5 py-24 text-center sm:px-8">
      <h1 className="font-serif text-4xl text-ink">Something went wrong on our side</h1>
      <p className="mx-auto mt-4 max-w-xl text-lg text-ink-muted">Please try again in a moment. If it keeps happening, the home page is a good place to start over.</p>
      <div className="mt-8 flex justify-center gap-3">
        <button type="button" onClick={reset} className="inline-flex min-h-11 items-center rounded-full bg-clay-dark px-6 text-sm font-semibold text-sand-50 hover:bg-clay">
          Try again
        </button>
        <Link href="/" className="inline-flex min-h-11 items-center rounded-full px-6 text-sm font-semibold ring-1 ring-ink/20">
          Home
        </Link>
      </div>
    </div>
  )
}
