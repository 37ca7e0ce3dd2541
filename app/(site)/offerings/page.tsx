import type { Metadata } from 'next'

import { OfferingCard } from '@/components/offerings/OfferingCard'
import { Container } from '@/components/ui/Container'
import { groupOfferingsByKind, listOfferings } from '@/lib/content/offerings'
import { getPreviewScope, seesAllDrafts } from '@/lib/preview/session'
import { pageMetadata } from '@/lib/seo/metadata'
import { routes } from '@/lib/model/routes'

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    title: 'Offerings',
    description: 'Memberships, class packs, intro offers, on-demand programs and the B The Method ball.',
    path: routes.offerings(),
  })
}

export default async function OfferingsPage() {
  const scope = await getPreviewScope()
  const groups = groupOfferingsByKind(await listOfferings({ draft: seesAllDrafts(scope) }))
  return (
    <Container className="py-14">
      <header className="max-w-2xl">
        <p className="eyebrow">Offerings</p>
        <h1 className="mt-2 page-title">Find your way in</h1>
        <p className="mt-4 lede">
          Start small with an intro offer, settle in with a membership, or practise at home. Booking and payment happen on our secure booking site.
        </p>
      </header>
      {groups.length === 0 ? <p className="mt-10 text-ink-muted">New offerings are coming soon.</p> : null}
      {groups.map((group, groupIndex) => (
        <section key={group.kind} aria-labelledby={`kind-${group.kind}`} className="mt-14">
          <h2 id={`kind-${group.kind}`} className="font-serif text-3xl text-ink">
            {group.label}
          </h2>
          <div className="mt-6 grid gap-8 md:grid-cols-2 lg:grid-cols-3">
            {group.offerings.map((offering, index) => (
              <OfferingCard key={offering.id} offering={offering} priority={groupIndex === 0 && index < 3} />
            ))}
          </div>
        </section>
      ))}
    </Container>
  )
}
