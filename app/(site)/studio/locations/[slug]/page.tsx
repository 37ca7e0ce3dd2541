import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { connection } from 'next/server'

import { ClassCard } from '@/components/studio/ClassCard'
import { LocationSummary } from '@/components/studio/LocationSummary'
import { ButtonLink } from '@/components/ui/ButtonLink'
import { Container } from '@/components/ui/Container'
import { SectionHeading } from '@/components/ui/SectionHeading'
import { SiteImage } from '@/components/ui/SiteImage'
import { toSiteImage } from '@/lib/media'
import { routes } from '@/lib/routes'
import { getLocationBySlug, listClasses } from '@/lib/studio'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const location = await getLocationBySlug((await params).slug)
  return location ? { title: location.name, description: location.description ?? undefined } : {}
}

export default async function LocationPage({ params }: Props) {
  await connection()
  const location = await getLocationBySlug((await params).slug)
  if (!location) notFound()
  const classes = await listClasses({ locationId: location.id })
  const image = toSiteImage(location.image, 'hero')
  return (
    <Container className="py-10">
      <Link href={routes.studio()} className="inline-flex min-h-11 items-center text-sm font-semibold text-clay-dark underline-offset-4 hover:underline">
        <span aria-hidden="true">←&nbsp;</span>The studio
      </Link>
      <div className="mt-6 grid gap-10 lg:grid-cols-2">
        <header>
          <h1 className="font-serif text-4xl tracking-tight text-ink sm:text-5xl">{location.name}</h1>
          {location.description ? <p className="mt-4 text-lg leading-relaxed text-ink-muted">{location.description}</p> : null}
          {location.bookingUrl ? (
            <div className="mt-6">
              <ButtonLink href={location.bookingUrl}>Book at {location.name}</ButtonLink>
            </div>
          ) : null}
        </header>
        {image ? (
          <div className="aspect-[16/9] overflow-hidden rounded-3xl bg-sand-100">
            <SiteImage image={image} sizes="(min-width: 1024px) 560px, 100vw" priority />
          </div>
        ) : null}
      </div>
      <div className="mt-10">
        <LocationSummary location={location} headingLevel="h2" />
      </div>
      {classes.length ? (
        <section aria-labelledby="classes-heading" className="mt-14">
          <SectionHeading id="classes-heading" title={`Classes at ${location.name}`} />
          <ul className="grid gap-8 sm:grid-cols-2 lg:grid-cols-3">
            {classes.map((entry) => (
              <li key={entry.id} className="flex">
                <ClassCard entry={entry} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Container>
  )
}
