import type { Metadata } from 'next'

import { JsonLd } from '@/components/seo/JsonLd'
import { ClassGrid } from '@/components/studio/ClassCard'
import { LocationSummary } from '@/components/studio/LocationSummary'
import { ButtonLink } from '@/components/ui/ButtonLink'
import { BackLink } from '@/components/ui/BackLink'
import { Container } from '@/components/ui/Container'
import { SectionHeading } from '@/components/ui/SectionHeading'
import { SiteImage } from '@/components/ui/SiteImage'
import { toSiteImage } from '@/lib/content/media'
import { MovedOrNotFound } from '@/components/layout/NotFoundPage'
import { routes } from '@/lib/model/routes'
import { NOT_FOUND_METADATA, pageMetadata } from '@/lib/seo/metadata'
import { breadcrumbJsonLd, locationJsonLd, sectionCrumbs } from '@/lib/seo/structured-data'
import { getLocationBySlug, getStudio, listClasses, listStudioSlugs } from '@/lib/content/studio'
import { NextSessions } from '@/components/schedule/NextSessions'
import { getNextSessions } from '@/lib/content/schedule'

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  return (await listStudioSlugs('locations')).map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const location = await getLocationBySlug((await params).slug)
  if (!location) return NOT_FOUND_METADATA
  return pageMetadata({
    title: location.name,
    description: location.description ?? `Opening hours, address and classes at ${location.name}.`,
    path: routes.location(location.slug),
    meta: location.meta,
    image: location.image,
  })
}

// The next sessions move on with the clock: made again at least every 15 minutes ("open now" is the browser's).
export const revalidate = 900

export default async function LocationPage({ params }: Props) {
  const { slug } = await params
  const location = await getLocationBySlug(slug)
  if (!location) return <MovedOrNotFound path={routes.location(slug)} />
  const [classes, studio] = await Promise.all([listClasses({ locationId: location.id }), getStudio()])
  const image = toSiteImage(location.image, 'hero')
  return (
    <Container className="py-10">
      <JsonLd
        data={[
          locationJsonLd(location, studio),
          breadcrumbJsonLd([...sectionCrumbs.studio(), { name: location.name, path: routes.location(location.slug) }]),
        ]}
      />
      <BackLink href={routes.studio()}>The studio</BackLink>
      <div className="mt-6 grid gap-10 lg:grid-cols-2">
        <header>
          <h1 className="page-title">{location.name}</h1>
          {location.description ? <p className="mt-4 lede">{location.description}</p> : null}
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
      <NextSessions sessions={await getNextSessions({ location: location.slug }, 5)} title={`Next classes at ${location.name}`} scheduleHref={routes.schedule({ location: location.slug })} live />
      {classes.length ? (
        <section aria-labelledby="classes-heading" className="mt-14">
          <SectionHeading id="classes-heading" title={`Classes at ${location.name}`} />
          <ClassGrid classes={classes} columns={3} />
        </section>
      ) : null}
    </Container>
  )
}
