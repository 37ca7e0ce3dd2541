import type { Metadata } from 'next'

import { JsonLd } from '@/components/seo/JsonLd'
import { ClassGrid } from '@/components/studio/ClassCard'
import { BackLink } from '@/components/ui/BackLink'
import { Container } from '@/components/ui/Container'
import { LinkedNames, namedPages } from '@/components/ui/LinkedNames'
import { SectionHeading } from '@/components/ui/SectionHeading'
import { SiteImage } from '@/components/ui/SiteImage'
import { toSiteImage } from '@/lib/content/media'
import { MovedOrNotFound } from '@/components/layout/NotFoundPage'
import { routes } from '@/lib/model/routes'
import { breadcrumbJsonLd, sectionCrumbs } from '@/lib/seo/structured-data'
import { getInstructorBySlug, listClasses, listStudioSlugs } from '@/lib/content/studio'
import { NOT_FOUND_METADATA, pageMetadata } from '@/lib/seo/metadata'
import { NextSessions } from '@/components/schedule/NextSessions'
import { getNextSessions } from '@/lib/content/schedule'

type Props = { params: Promise<{ slug: string }> }

// The next sessions move on with the clock: the page is made again at least every 15 minutes.
export const revalidate = 900

export async function generateStaticParams() {
  return (await listStudioSlugs('instructors')).map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const instructor = await getInstructorBySlug((await params).slug)
  if (!instructor) return NOT_FOUND_METADATA
  return pageMetadata({
    title: instructor.name,
    description: instructor.bio,
    path: routes.instructor(instructor.slug),
    meta: instructor.meta,
    image: instructor.photo,
  })
}

export default async function InstructorPage({ params }: Props) {
  const { slug } = await params
  const instructor = await getInstructorBySlug(slug)
  if (!instructor) return <MovedOrNotFound path={routes.instructor(slug)} />
  const [classes, sessions] = await Promise.all([listClasses({ instructorId: instructor.id }), getNextSessions({ instructor: instructor.slug }, 4)])
  const photo = toSiteImage(instructor.photo, 'card')
  const locations = namedPages(instructor.locations)
  return (
    <Container className="py-10">
      <JsonLd data={breadcrumbJsonLd([...sectionCrumbs.studio(), { name: instructor.name, path: routes.instructor(instructor.slug) }])} />
      <BackLink href={routes.studio()}>The studio</BackLink>
      <div className="mt-6 grid gap-10 md:grid-cols-[18rem_1fr]">
        {photo ? (
          <div className="aspect-[4/5] overflow-hidden rounded-3xl bg-sand-100">
            <SiteImage image={photo} sizes="(min-width: 768px) 288px, 100vw" priority />
          </div>
        ) : null}
        <div>
          <h1 className="page-title">{instructor.name}</h1>
          <p className="mt-5 max-w-[65ch] text-lg leading-relaxed text-ink">{instructor.bio}</p>
          <dl className="mt-8 grid gap-6 sm:grid-cols-3 text-sm">
            {instructor.specialties?.length ? (
              <div>
                <dt className="font-semibold text-ink-muted">Specialties</dt>
                <dd className="mt-1">{instructor.specialties.join(', ')}</dd>
              </div>
            ) : null}
            {instructor.certifications?.length ? (
              <div>
                <dt className="font-semibold text-ink-muted">Certifications</dt>
                <dd className="mt-1">{instructor.certifications.join(', ')}</dd>
              </div>
            ) : null}
            {locations.length ? (
              <div>
                <dt className="font-semibold text-ink-muted">Teaches at</dt>
                <dd className="mt-1">
                  <LinkedNames pages={locations} hrefFor={routes.location} />
                </dd>
              </div>
            ) : null}
          </dl>
        </div>
      </div>
      {sessions.length ? <NextSessions sessions={sessions} title={`Next classes with ${instructor.name}`} scheduleHref={routes.schedule({ instructor: instructor.slug })} /> : null}
      {classes.length ? (
        <section aria-labelledby="classes-heading" className="mt-14">
          <SectionHeading id="classes-heading" title={`Classes with ${instructor.name}`} />
          <ClassGrid classes={classes} columns={3} />
        </section>
      ) : null}
    </Container>
  )
}
