import Link from 'next/link'

/** "← All exercises": the way back up from a detail page. */
export function BackLink({ href, children }: { href: string; children: string }) {
  return (
    <Link href={href} className="inline-flex min-h-11 items-center text-sm font-semibold text-clay-dark underline-offset-4 hover:underline">
      <span aria-hidden="true">←&nbsp;</span>
      {children}
    </Link>
  )
}
