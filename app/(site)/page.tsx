import type { Metadata } from 'next'
import Link from 'next/link'

import { ArticleGrid } from '@/components/article/ArticleCard'
import { HomeHero } from '@/components/layout/HomeHero'
import { OfferingCard } from '@/components/offerings/OfferingCard'
import { RoutineGrid } from '@/components/routine/RoutineCard'
import { JsonLd } from '@/components/seo/JsonLd'
import { ClassGrid } from '@/components/studio/ClassCard'
import { formatAddress } from '@/components/studio/LocationSummary'
import { Container } from '@/components/ui/Container'
import { SectionHeading } from '@/components/ui/SectionHeading'
import { listFeaturedArticles } from '@/lib/content/articles'
import { applyFilters, filtersToQuery, parseFilters } from '@/lib/content/exercise-filters'
import { listExerciseFacetData } from '@/lib/content/exercises'
import { listRoutineCards } from '@/lib/content/routines'
import { pageMetadata } from '@/lib/seo/metadata'
import { listOfferings } from '@/lib/content/offerings'
import { getPreviewScope, getStudioForRequest, seesAllDrafts } from '@/lib/preview/session'
import { routes } from '@/lib/model/routes'
import { organizationJsonLd, websiteJsonLd } from '@/lib/seo/structured-data'
import { listClasses, listLocations } from '@/lib/content/studio'
import { BODY_AREAS } from '@/lib/model/taxonomy'
import { NextSessions } from '@/components/schedule/NextSessions'
import { getNextSessions } from '@/lib/content/schedule'

export async function generateMetadata(): Promise<Metadata> {
  // The Studio as this request sees it (its draft in a staff preview), shared with the page.
  const studio = await getStudioForRequest()
  const title = studio.tagline ? `${studio.name}: ${studio.tagline}` : studio.name
  // The home page carries the brand once, not "… | B The Method".
  return pageMetadata({ title, description: studio.mission, path: routes.home(), meta: { ...studio.meta, title: studio.meta?.title || title } })
}

// The next classes move on with the clock: the page is made again at least every 15 minutes.
export const revalidate = 900

export default async function HomePage() {
  const scope = await getPreviewScope()
  const draft = seesAllDrafts(scope)
  const [studio, featured, exercises, routines, offerings, classes, locations, nextUp] = await Promise.all([
    getStudioForRequest(),
    listFeaturedArticles(3),
    listExerciseFacetData(),
    listRoutineCards(),
    listOfferings({ featuredOnly: true, draft }),
    listClasses(),
    listLocations(),
    getNextSessions({}, 4),
  ])
  const { counts } = applyFilters(exercises, parseFilters({}))
  const areas = BODY_AREAS.filter((area) => (counts.area[area.value] ?? 0) > 0)

  return (
    <>
      <JsonLd data={[organizationJsonLd(studio), websiteJsonLd(studio)]} />
      <HomeHero name={studio.name} tagline={studio.tagline ?? null} bookingUrl={studio.bookingUrl} />

      {studio.aboutTheMethod ? (
        <section aria-labelledby="method-heading" className="py-16">
          <Container className="grid gap-6 md:grid-cols-[1fr_2fr]">
            <h2 id="method-heading" className="font-serif text-3xl text-ink">
              About the method
            </h2>
            <p className="max-w-[65ch] lede">{studio.aboutTheMethod}</p>
          </Container>
        </section>
      ) : null}

      {featured.length ? (
        <section aria-labelledby="featured-heading" className="py-12">
          <Container>
            <SectionHeading id="featured-heading" title="From the journal" link={{ href: routes.blog(), label: 'All articles' }} />
            <ArticleGrid articles={featured} />
          </Container>
        </section>
      ) : null}

      {areas.length ? (
        <section aria-labelledby="areas-heading" className="bg-moss-light py-16">
          <Container>
            <SectionHeading id="areas-heading" title="Find exercises by body area" intro="Short, gentle movements you can do at home." />
            <ul className="flex flex-wrap gap-3">
              {areas.map((area) => (
                <li key={area.value}>
                  <Link
                    href={`${routes.exercises()}${filtersToQuery({ area: [area.value] })}`}
                    className="chip-link"
                  >
                    {area.label}
                    <span className="text-ink-muted">{counts.area[area.value]}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </Container>
        </section>
      ) : null}

      {routines.length ? (
        <section aria-labelledby="routines-heading" className="py-16">
          <Container>
            <SectionHeading
              id="routines-heading"
              title="Follow along at home"
              intro="Press start and a routine keeps time for you, step by step."
              link={{ href: routes.routines(), label: 'All routines' }}
            />
            <RoutineGrid routines={routines.slice(0, 3)} />
          </Container>
        </section>
      ) : null}

      {offerings.length ? (
        <section aria-labelledby="offerings-heading" className="py-16">
          <Container>
            <SectionHeading id="offerings-heading" title="Ways to practise" link={{ href: routes.offerings(), label: 'All offerings' }} />
            <div className="grid gap-8 md:grid-cols-2 lg:grid-cols-3">
              {offerings.map((offering) => (
                <OfferingCard key={offering.id} offering={offering} />
              ))}
            </div>
          </Container>
        </section>
      ) : null}

      {classes.length ? (
        <section aria-labelledby="classes-heading" className="py-12">
          <Container>
            <SectionHeading id="classes-heading" title="Classes" link={{ href: routes.studio(), label: 'Studio, teachers and hours' }} />
            <ClassGrid classes={classes.slice(0, 4)} />
            {nextUp.length ? <NextSessions sessions={nextUp} title="Next classes at the studios" /> : null}
          </Container>
        </section>
      ) : null}

      {locations.length ? (
        <section aria-labelledby="locations-heading" className="py-12">
          <Container>
            <SectionHeading id="locations-heading" title="Visit a studio" />
            <ul className="grid gap-6 md:grid-cols-2">
              {locations.map((location) => (
                <li key={location.id} className="rounded-2xl bg-white p-6 ring-1 ring-sand-200">
                  <h3 className="font-serif text-xl">
                    <Link href={routes.location(location.slug)} className="quiet-link">
                      {location.name}
                    </Link>
                  </h3>
                  <p className="mt-2 text-sm text-ink-muted">{formatAddress(location.address).join(', ')}</p>
                </li>
              ))}
            </ul>
          </Container>
        </section>
      ) : null}
    </>
  )
}
