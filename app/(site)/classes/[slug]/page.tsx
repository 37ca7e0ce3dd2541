import type { Metadata } from 'next'

import { JsonLd } from '@/components/seo/JsonLd'
import { Badge } from '@/components/ui/Badge'
import { ButtonLink } from '@/components/ui/ButtonLink'
import { BackLink } from '@/components/ui/BackLink'
import { Container } from '@/components/ui/Container'
import { LinkedNames, namedPages } from '@/components/ui/LinkedNames'
import { formatMinutes } from '@/lib/model/format'
import { getPreviewScope, getStudioForRequest, readForScope } from '@/lib/preview/session'
import { MovedOrNotFound } from '@/components/layout/NotFoundPage'
import { routes } from '@/lib/model/routes'
import { breadcrumbJsonLd, sectionCrumbs } from '@/lib/seo/structured-data'
import { getClassBySlug, listStudioSlugs } from '@/lib/content/studio'
import { CLASS_FORMATS, EQUIPMENT, labelOf, LEVELS } from '@/lib/model/taxonomy'
import { NOT_FOUND_METADATA, pageMetadata } from '@/lib/seo/metadata'
import { NextSessions } from '@/components/schedule/NextSessions'
import { getNextSessions } from '@/lib/content/schedule'

type Props = { params: Promise<{ slug: string }> }

// The next sessions move on with the clock: the page is made again at least every 15 minutes.
export const revalidate = 900

export async function generateStaticParams() {
  return (await listStudioSlugs('classes')).map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const entry = await getClassBySlug((await params).slug)
  if (!entry) return NOT_FOUND_METADATA
  return pageMetadata({ title: entry.name, description: entry.description, path: routes.class(entry.slug), meta: entry.meta })
}

export default async function ClassPage({ params }: Props) {
  const { slug } = await params
  const scope = await getPreviewScope()
  const [entry, studio] = await Promise.all([
    readForScope(scope, 'classes', (draft) => getClassBySlug(slug, { draft })),
    getStudioForRequest(),
  ])
  if (!entry) return <MovedOrNotFound path={routes.class(slug)} />
  const sessions = await getNextSessions({ class: entry.slug }, 4)
  const instructors = namedPages(entry.instructors)
  const locations = namedPages(entry.locations)
  const bookingUrl = entry.bookingUrl || studio.bookingUrl
  return (
    <Container className="py-10">
      <JsonLd data={breadcrumbJsonLd([...sectionCrumbs.studio(), { name: entry.name, path: routes.class(entry.slug) }])} />
      <BackLink href={routes.studio()}>The studio</BackLink>
      <div className="mt-6 max-w-3xl">
        <div className="flex flex-wrap gap-2">
          <Badge tone="moss">{labelOf(CLASS_FORMATS, entry.format)}</Badge>
          <Badge>{labelOf(LEVELS, entry.level)}</Badge>
          <Badge>{formatMinutes(entry.durationMinutes)}</Badge>
        </div>
        <h1 className="mt-4 page-title">{entry.name}</h1>
        <p className="mt-5 text-lg leading-relaxed text-ink">{entry.description}</p>
        <dl className="mt-8 grid gap-6 text-sm sm:grid-cols-3">
          {instructors.length ? (
            <div>
              <dt className="font-semibold text-ink-muted">Taught by</dt>
              <dd className="mt-1">
                <LinkedNames pages={instructors} hrefFor={routes.instructor} />
              </dd>
            </div>
          ) : null}
          <div>
            <dt className="font-semibold text-ink-muted">Where</dt>
            <dd className="mt-1">
              {locations.length
                ? <LinkedNames pages={locations} hrefFor={routes.location} />
                : labelOf(CLASS_FORMATS, entry.format)}
            </dd>
          </div>
          {entry.equipment?.length ? (
            <div>
              <dt className="font-semibold text-ink-muted">Bring or borrow</dt>
              <dd className="mt-1">{entry.equipment.map((item) => labelOf(EQUIPMENT, item)).join(', ')}</dd>
            </div>
          ) : null}
        </dl>
        {bookingUrl ? (
          <div className="mt-10">
            <ButtonLink href={bookingUrl}>Book {entry.name}</ButtonLink>
          </div>
        ) : null}
        {locations.length ? <NextSessions sessions={sessions} title={`Next ${entry.name} classes`} /> : null}
      </div>
    </Container>
  )
}
