import type { Metadata } from 'next'

import { routineLength } from '@/components/routine/RoutineCard'
import { RoutinePlayerLoader } from '@/components/routine/RoutinePlayerLoader'
import { RoutineSteps } from '@/components/routine/RoutineSteps'
import { JsonLd } from '@/components/seo/JsonLd'
import { BackLink } from '@/components/ui/BackLink'
import { Container } from '@/components/ui/Container'
import { SiteImage } from '@/components/ui/SiteImage'
import { toSiteImage } from '@/lib/content/media'
import { MovedOrNotFound } from '@/components/layout/NotFoundPage'
import { getRoutineBySlug, listRoutineSlugs, routineSteps } from '@/lib/content/routines'
import { getPreviewScope, readForScope } from '@/lib/preview/session'
import { totalSeconds, type RoutineStepInput } from '@/lib/model/routine-timing'
import { routes } from '@/lib/model/routes'
import { BODY_AREAS, labelOf, LEVELS } from '@/lib/model/taxonomy'
import { NOT_FOUND_METADATA, pageMetadata } from '@/lib/seo/metadata'
import { routineJsonLd } from '@/lib/seo/routine-structured-data'
import { breadcrumbJsonLd, sectionCrumbs } from '@/lib/seo/structured-data'

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  return (await listRoutineSlugs()).map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const routine = await getRoutineBySlug((await params).slug)
  if (!routine) return NOT_FOUND_METADATA
  return pageMetadata({ title: routine.title, description: routine.summary, path: routes.routine(routine.slug), meta: routine.meta, image: routine.heroImage })
}

export default async function RoutinePage({ params }: Props) {
  const { slug } = await params
  const routine = await readForScope(await getPreviewScope(), 'routines', (draft) => getRoutineBySlug(slug, { draft }))
  if (!routine) return <MovedOrNotFound path={routes.routine(slug)} />
  const steps = routineSteps(routine)
  const hero = toSiteImage(routine.heroImage, 'hero')
  // The player gets the timing and words only: pictures and summaries stay on the server-rendered list.
  const playerSteps = steps.map(({ summary: _summary, image: _image, ...timing }): RoutineStepInput => timing)
  const facts = [
    ['Level', labelOf(LEVELS, routine.level)],
    ['Time', routineLength(totalSeconds(steps))],
    ['Steps', String(steps.length)],
    ['For', (routine.bodyAreas ?? []).map((area) => labelOf(BODY_AREAS, area)).join(', ')],
  ] as const

  return (
    <article>
      <JsonLd data={[routineJsonLd(routine, steps), breadcrumbJsonLd([...sectionCrumbs.routines(), { name: routine.title, path: routes.routine(routine.slug) }])]} />
      <Container className="pt-10">
        <div className="print:hidden">
          <BackLink href={routes.routines()}>All routines</BackLink>
        </div>
        <div className="mt-6 grid gap-10 lg:grid-cols-[3fr_2fr] print:mt-0 print:block">
          <header>
            <p className="eyebrow">Routine</p>
            <h1 className="mt-2 page-title leading-tight">{routine.title}</h1>
            <p className="mt-5 lede">{routine.summary}</p>
            {routine.goal ? <p className="mt-4 leading-relaxed">{routine.goal}</p> : null}
          </header>
          <div className="space-y-6 lg:pt-2">
            <dl className="grid grid-cols-2 gap-4 rounded-2xl bg-white p-6 ring-1 ring-sand-200 print:ring-0 print:p-0">
              {facts.map(([term, value]) => (
                <div key={term}>
                  <dt className="text-xs font-bold uppercase tracking-wider text-ink-muted">{term}</dt>
                  <dd className="mt-1 font-semibold">{value}</dd>
                </div>
              ))}
            </dl>
            {hero ? (
              <div className="aspect-[16/9] overflow-hidden rounded-3xl bg-sand-100 print:hidden">
                <SiteImage image={hero} sizes="(min-width: 1024px) 480px, 100vw" priority />
              </div>
            ) : null}
          </div>
        </div>
      </Container>

      <Container className="mt-12 print:hidden">
        <section aria-label="Follow along">
          <RoutinePlayerLoader title={routine.title} steps={playerSteps} />
        </section>
      </Container>

      <Container className="mt-12 max-w-3xl print:mt-6">
        <section aria-labelledby="steps-heading">
          <h2 id="steps-heading" className="font-serif text-3xl text-ink">The steps</h2>
          <p className="mt-2 text-ink-muted print:hidden">Everything the player does, written out: read it through first, or print it for the mat.</p>
          <div className="mt-6">
            <RoutineSteps steps={steps} />
          </div>
        </section>
      </Container>
    </article>
  )
}
