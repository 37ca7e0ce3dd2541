import { ButtonLink } from '@/components/ui/ButtonLink'
import { SiteImage } from '@/components/ui/SiteImage'
import { billingSuffix, formatPrice } from '@/lib/model/format'
import { toSiteImage } from '@/lib/content/media'
import type { Offering } from '@/payload-types'

/** A storefront card: price in its currency, what is included, and a call to the studio's own checkout. */
type Props = {
  offering: Offering
  headingLevel?: 'h2' | 'h3'
  /** The first cards of a page are its largest paint: load their picture at once, not lazily. */
  priority?: boolean
}

export function OfferingCard({ offering, headingLevel = 'h3', priority = false }: Props) {
  const image = toSiteImage(offering.image, 'card')
  const Heading = headingLevel
  return (
    <article id={offering.slug} className="flex scroll-mt-24 flex-col overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-sand-200">
      {image ? (
        <div className="aspect-[16/9] overflow-hidden bg-sand-100">
          <SiteImage image={image} sizes="(min-width: 1024px) 380px, (min-width: 640px) 50vw, 100vw" decorative priority={priority} />
        </div>
      ) : null}
      <div className="flex flex-1 flex-col p-6">
        {offering.featured ? <p className="text-xs font-bold uppercase tracking-wider text-clay-dark">Most loved</p> : null}
        <Heading className="mt-1 font-serif text-2xl text-ink">{offering.name}</Heading>
        <p className="mt-3 flex items-baseline gap-2">
          <span className="font-serif text-3xl text-ink">{formatPrice(offering.price.amount, offering.price.currency)}</span>
          {billingSuffix(offering.price.billingPeriod) ? (
            <span className="text-sm text-ink-muted">{billingSuffix(offering.price.billingPeriod)}</span>
          ) : null}
        </p>
        <p className="mt-3 text-sm leading-relaxed text-ink-muted">{offering.shortDescription}</p>
        {offering.included?.length ? (
          <ul className="mt-4 space-y-2 text-sm" aria-label={`Included in ${offering.name}`}>
            {offering.included.map((entry) => (
              <li key={entry.id ?? entry.item} className="flex gap-2">
                <span aria-hidden="true" className="text-moss">✓</span>
                <span>{entry.item}</span>
              </li>
            ))}
          </ul>
        ) : null}
        <div className="mt-auto pt-6">
          <ButtonLink href={offering.checkoutUrl} className="w-full">
            {offering.kind === 'equipment' ? 'Buy' : 'Get started'}
            <span className="sr-only"> with {offering.name}</span>
          </ButtonLink>
        </div>
      </div>
    </article>
  )
}
