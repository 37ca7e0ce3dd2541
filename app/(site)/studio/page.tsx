import type { Metadata } from 'next'

import { ClassGrid } from '@/components/studio/ClassCard'
import { InstructorCard } from '@/components/studio/InstructorCard'
import { LocationSummary } from '@/components/studio/LocationSummary'
import { ButtonLink } from '@/components/ui/ButtonLink'
import { CardGrid } from '@/components/ui/CardGrid'
import { Container } from '@/components/ui/Container'
import { SectionHeading } from '@/components/ui/SectionHeading'
import { getStudio, listClasses, listInstructors, listLocations } from '@/lib/content/studio'
import { pageMetadata } from '@/lib/seo/metadata'
import { routes } from '@/lib/model/routes'

export async function generateMetadata(): Promise<Metadata> {
  const studio = await getStudio()
  return pageMetadata({
    title: 'The studio',
    description: 'Our studios, opening hours, teachers and classes.',
    path: routes.studio(),
    meta: studio.meta,
  })
}

export default async function StudioPage() {
  // Prerendered and expired by tag on publish; "open now" is worked out in the browser (OpeningHours).
  const [studio, locations, instructors, classes] = await Promise.all([getStudio(), listLocations(), listInstructors(), listClasses()])
  return (
    <>
      <section className="bg-sand-100 py-16">
        <Container>
          <p className="eyebrow">The studio</p>
          <h1 className="mt-2 max-w-3xl page-title">Come and move with us</h1>
          {studio.aboutTheMethod ? <p className="mt-5 max-w-[65ch] lede">{studio.aboutTheMethod}</p> : null}
          {studio.mission ? <p className="mt-4 max-w-[65ch] leading-relaxed text-ink-muted">{studio.mission}</p> : null}
          {studio.bookingUrl ? (
            <div className="mt-8">
              <ButtonLink href={studio.bookingUrl}>Book a class</ButtonLink>
            </div>
          ) : null}
        </Container>
      </section>

      <section aria-labelledby="locations-heading" className="py-16">
        <Container>
          <SectionHeading id="locations-heading" title="Locations and hours" />
          <div className="space-y-8">
            {locations.map((location) => (
              <LocationSummary key={location.id} location={location} />
            ))}
          </div>
        </Container>
      </section>

      {classes.length ? (
        <section aria-labelledby="classes-heading" className="py-12">
          <Container>
            <SectionHeading id="classes-heading" title="Classes" />
            <ClassGrid classes={classes} />
          </Container>
        </section>
      ) : null}

      {instructors.length ? (
        <section aria-labelledby="teachers-heading" className="py-12">
          <Container>
            <SectionHeading id="teachers-heading" title="Teachers" />
            <CardGrid items={instructors}>{(instructor) => <InstructorCard instructor={instructor} />}</CardGrid>
          </Container>
        </section>
      ) : null}
    </>
  )
}
