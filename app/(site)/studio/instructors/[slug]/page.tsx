import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { ClassCard, namesOf } from '@/components/studio/ClassCard'
import { Container } from '@/components/ui/Container'
import { SectionHeading } from '@/components/ui/SectionHeading'
import { SiteImage } from '@/components/ui/SiteImage'
import { toSiteImage } from '@/lib/media'
import { routes } from '@/lib/routes'
import { getInstructorBySlug, listClasses, listStudioSlugs } from '@/lib/studio'

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  return (await listStudioSlugs('instructors')).map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const instructor = await getInstructorBySlug((await params).slug)
  return instructor ? { title: instructor.name, description: instructor.bio.slice(0, 160) } : {}
}

export default async function InstructorPage({ params }: Props) {
  const instructor = await getInstructorBySlug((await params).slug)
  if (!instructor) notFound()
  const classes = await listClasses({ instructorId: instructor.id })
  const photo = toSiteImage(instructor.photo, 'card')
  const locations = (instructor.locations ?? []).flatMap((location) => (typeof location === 'object' ? [location] : []))
  return (
    <Container className="py-10">
      <Link href={routes.studio()} className="inline-flex min-h-11 items-center text-sm font-semibold text-clay-dark underline-offset-4 hover:underline">
        <span aria-hidden="true">←&nbsp;</span>The studio
      </Link>
      <div className="mt-6 grid gap-10 md:grid-cols-[18rem_1fr]">
        {photo ? (
          <div className="aspect-[4/5] overflow-hidden rounded-3xl bg-sand-100">
            <SiteImage image={photo} sizes="(min-width: 768px) 288px, 100vw" priority />
          </div>
        ) : null}
        <div>
          <h1 className="font-serif text-4xl tracking-tight text-ink sm:text-5xl">{instructor.name}</h1>
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
                  {locations.map((location, index) => (
                    <span key={location.id}>
                      {index > 0 ? ', ' : ''}
                      <Link href={routes.location(location.slug)} className="text-clay-dark underline underline-offset-4">
                        {location.name}
                      </Link>
                    </span>
                  ))}
                </dd>
              </div>
            ) : null}
          </dl>
        </div>
      </div>
      {classes.length ? (
        <section aria-labelledby="classes-heading" className="mt-14">
          <SectionHeading id="classes-heading" title={`Classes with ${namesOf([instructor])[0]}`} />
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
