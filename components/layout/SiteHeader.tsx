import Link from 'next/link'

import { Container } from '../ui/Container'

export function SiteHeader({ studioName }: { studioName: string }) {
  return (
    <header className="border-b border-sand-200 bg-sand-50">
      <Container className="flex min-h-16 items-center justify-between gap-6">
        <Link href="/" className="font-serif text-xl tracking-tight text-ink">
          {studioName}
        </Link>
      </Container>
    </header>
  )
}
