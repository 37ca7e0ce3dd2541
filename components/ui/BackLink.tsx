import Link from 'next/link'

/** "← All exercises": the way back up from a detail page. */
export function BackLink({ href, children }: { href: string; children: string }) {
  return (
    <Link href={href} className="text-link min-h-11">
      <span aria-hidden="true">←&nbsp;</span>
      {children}
    </Link>
  )
}
