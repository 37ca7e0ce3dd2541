import type { Metadata } from 'next'

import { ArticleGrid } from '@/components/article/ArticleCard'
import { CautionBox, ExerciseFacts } from '@/components/exercise/ExerciseDetail'
import { ExerciseVideo } from '@/components/exercise/ExerciseVideo'
import { JsonLd } from '@/components/seo/JsonLd'
import { BackLink } from '@/components/ui/BackLink'
import { Container } from '@/components/ui/Container'
import { SectionHeading } from '@/components/ui/SectionHeading'
import { SiteImage } from '@/components/ui/SiteImage'
import { listArticlesByIds } from '@/lib/content/articles'
import { getExerciseBySlug, listExerciseSlugs } from '@/lib/content/exercises'
import { toSiteImage } from '@/lib/content/media'
import { getPreviewScope, readForScope } from '@/lib/preview/session'
import { MovedOrNotFound } from '@/components/layout/NotFoundPage'
import { routes } from '@/lib/model/routes'
import { NOT_FOUND_METADATA, pageMetadata } from '@/lib/seo/metadata'
import { breadcrumbJsonLd, sectionCrumbs } from '@/lib/seo/structured-data'

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  return (await listExerciseSlugs()).map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const exercise = await getExerciseBySlug((await params).slug)
  if (!exercise) return NOT_FOUND_METADATA
  return pageMetadata({
    title: exercise.name,
    description: exercise.summary,
    path: routes.exercise(exercise.slug),
    meta: exercise.meta,
    generatedCard: true,
  })
}

export default async function ExercisePage({ params }: Props) {
  const { slug } = await params
  const exercise = await readForScope(await getPreviewScope(), 'exercises', (draft) => getExerciseBySlug(slug, { draft }))
  if (!exercise) return <MovedOrNotFound path={routes.exercise(slug)} />
  const relatedIds = (exercise.relatedArticles ?? []).map((article) => (typeof article === 'object' ? article.id : article))
  const related = await listArticlesByIds(relatedIds)
  const images = (exercise.images ?? []).map((image) => toSiteImage(image, 'hero')).filter((image) => image !== null)
  const modifications = (exercise.variations ?? []).filter((variation) => variation.kind === 'modification')
  const progressions = (exercise.variations ?? []).filter((variation) => variation.kind === 'progression')

  return (
    <article>
      <JsonLd data={breadcrumbJsonLd([...sectionCrumbs.exercises(), { name: exercise.name, path: routes.exercise(exercise.slug) }])} />
      <Container className="pt-10">
        <BackLink href={routes.exercises()}>All exercises</BackLink>
        <div className="mt-6 grid gap-10 lg:grid-cols-[3fr_2fr]">
          <header>
            <h1 className="page-title leading-tight">{exercise.name}</h1>
            {exercise.aliases?.length ? <p className="mt-2 text-sm text-ink-muted">Also called {exercise.aliases.join(', ')}</p> : null}
            <p className="mt-5 lede">{exercise.summary}</p>
            {images[0] ? (
              <figure className="mt-8">
                <div className="aspect-[16/9] overflow-hidden rounded-3xl bg-sand-100">
                  <SiteImage image={images[0]} sizes="(min-width: 1024px) 640px, 100vw" priority />
                </div>
                {images[0].caption ? <figcaption className="mt-2 text-sm text-ink-muted">{images[0].caption}</figcaption> : null}
              </figure>
            ) : null}
          </header>
          <div className="space-y-6 lg:pt-2">
            <ExerciseFacts exercise={exercise} />
            <CautionBox cautions={(exercise.cautions ?? []).map((entry) => entry.caution)} />
          </div>
        </div>
      </Container>

      <Container className="mt-14 grid gap-12 lg:grid-cols-[3fr_2fr]">
        <div className="space-y-12">
          <section aria-labelledby="steps-heading">
            <h2 id="steps-heading" className="font-serif text-3xl text-ink">How to do it</h2>
            <ol className="mt-6 space-y-5 [counter-reset:step]">
              {(exercise.steps ?? []).map((step) => (
                <li key={step.id ?? step.instruction} className="relative min-h-10 pl-14 pt-2 leading-relaxed [counter-increment:step] before:absolute before:left-0 before:top-0 before:flex before:h-10 before:w-10 before:items-center before:justify-center before:rounded-full before:bg-moss-light before:font-serif before:text-lg before:text-moss before:content-[counter(step)]">
                  {step.instruction}
                </li>
              ))}
            </ol>
          </section>
          <ExerciseVideo video={exercise.video} title={exercise.name} />
        </div>
        <div className="space-y-8">
          {exercise.breath?.inhale || exercise.breath?.exhale ? (
            <section aria-labelledby="breath-heading" className="rounded-2xl bg-sand-100 p-6">
              <h2 id="breath-heading" className="font-serif text-2xl text-ink">Breath</h2>
              <dl className="mt-3 space-y-2">
                {(
                  [
                    ['Inhale', exercise.breath.inhale],
                    ['Exhale', exercise.breath.exhale],
                  ] as const
                ).map(([label, text]) =>
                  text ? (
                    <div key={label}>
                      {/* Staff often write the whole cue ("Inhale as you ..."): don't say it twice. */}
                      <dt className={text.toLowerCase().startsWith(label.toLowerCase()) ? 'sr-only' : 'inline font-semibold'}>{label} </dt>
                      <dd className="inline">{text}</dd>
                    </div>
                  ) : null,
                )}
              </dl>
            </section>
          ) : null}
          {exercise.cues?.length ? (
            <section aria-labelledby="cues-heading">
              <h2 id="cues-heading" className="font-serif text-2xl text-ink">Coaching cues</h2>
              <ul className="mt-3 list-disc space-y-2 pl-6">
                {exercise.cues.map((entry) => (
                  <li key={entry.id ?? entry.cue}>{entry.cue}</li>
                ))}
              </ul>
            </section>
          ) : null}
          {[
            { id: 'easier-heading', title: 'Make it easier', items: modifications },
            { id: 'harder-heading', title: 'Make it harder', items: progressions },
          ]
            .filter((group) => group.items.length > 0)
            .map((group) => (
              <section key={group.id} aria-labelledby={group.id}>
                <h2 id={group.id} className="font-serif text-2xl text-ink">{group.title}</h2>
                <ul className="mt-3 space-y-3">
                  {group.items.map((variation) => (
                    <li key={variation.id ?? variation.name}>
                      <p className="font-semibold">{variation.name}</p>
                      {variation.note ? <p className="text-ink-muted">{variation.note}</p> : null}
                    </li>
                  ))}
                </ul>
              </section>
            ))}
        </div>
      </Container>

      {related.length ? (
        <section aria-labelledby="related-heading" className="mt-20 py-12">
          <Container>
            <SectionHeading id="related-heading" title="Read more about it" />
            <ArticleGrid articles={related} />
          </Container>
        </section>
      ) : null}
    </article>
  )
}
