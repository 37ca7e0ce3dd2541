import type { MetadataRoute } from 'next'

import { listArticleIndex, listTopicIndex, type ArticleIndexEntry, type TopicIndexEntry } from '../content/articles'
import { listExerciseIndex, type ExerciseIndexEntry } from '../content/exercises'
import { getOfferingsLastModified } from '../content/offerings'
import { listRoutineIndex, type RoutineIndexEntry } from '../content/routines'
import { routes } from '../model/routes'
import { absoluteUrl } from '../server/site-url'
import { getStudio, listStudioIndex, type StudioIndexEntry } from '../content/studio'

export type SitemapSources = {
  studioUpdatedAt: string | null | undefined
  articles: ArticleIndexEntry[]
  topics: TopicIndexEntry[]
  exercises: ExerciseIndexEntry[]
  routines: RoutineIndexEntry[]
  locations: StudioIndexEntry[]
  instructors: StudioIndexEntry[]
  classes: StudioIndexEntry[]
  offeringsUpdatedAt: string | null
}

/** The latest of some timestamps, or undefined when there are none (lastmod is then left out). */
function latest(...dates: (string | null | undefined)[]): Date | undefined {
  const times = dates.flatMap((date) => (date ? [new Date(date).getTime()] : [])).filter((time) => !Number.isNaN(time))
  return times.length ? new Date(Math.max(...times)) : undefined
}

/**
 * Every public page with when it last changed. A listing changes when one of the documents
 * it lists does, so its lastModified is the newest of them (a topic: its articles too).
 */
export function buildSitemap(sources: SitemapSources): MetadataRoute.Sitemap {
  const articleDates = sources.articles.map((article) => article.updatedAt)
  const studioDates = [sources.studioUpdatedAt, ...[...sources.locations, ...sources.instructors, ...sources.classes].map((doc) => doc.updatedAt)]
  const entry = (path: string, lastModified: Date | undefined): MetadataRoute.Sitemap[number] =>
    lastModified ? { url: absoluteUrl(path), lastModified } : { url: absoluteUrl(path) }

  return [
    entry(routes.home(), latest(sources.studioUpdatedAt, ...articleDates)),
    entry(routes.blog(), latest(...articleDates)),
    ...sources.articles.map((article) => entry(routes.article(article.slug), latest(article.updatedAt))),
    ...sources.topics.map((topic) =>
      entry(
        routes.topic(topic.slug),
        latest(topic.updatedAt, ...sources.articles.filter((article) => article.topicIds.includes(topic.id)).map((article) => article.updatedAt)),
      ),
    ),
    entry(routes.exercises(), latest(...sources.exercises.map((exercise) => exercise.updatedAt))),
    ...sources.exercises.map((exercise) => entry(routes.exercise(exercise.slug), latest(exercise.updatedAt))),
    entry(routes.routines(), latest(...sources.routines.map((routine) => routine.updatedAt))),
    ...sources.routines.map((routine) => entry(routes.routine(routine.slug), latest(routine.updatedAt))),
    entry(routes.studio(), latest(...studioDates)),
    // The timetable changes with the days themselves.
    entry(routes.schedule(), latest(...studioDates)),
    ...sources.locations.map((location) => entry(routes.location(location.slug), latest(location.updatedAt))),
    ...sources.instructors.map((instructor) => entry(routes.instructor(instructor.slug), latest(instructor.updatedAt))),
    ...sources.classes.map((entryDoc) => entry(routes.class(entryDoc.slug), latest(entryDoc.updatedAt))),
    entry(routes.offerings(), latest(sources.offeringsUpdatedAt)),
  ]
}

/** Reads the published pages (one light query per collection, each cached with its collection tag). */
export async function getSitemap(): Promise<MetadataRoute.Sitemap> {
  const [studio, articles, topics, exercises, routines, locations, instructors, classes, offeringsUpdatedAt] = await Promise.all([
    getStudio(),
    listArticleIndex(),
    listTopicIndex(),
    listExerciseIndex(),
    listRoutineIndex(),
    listStudioIndex('locations'),
    listStudioIndex('instructors'),
    listStudioIndex('classes'),
    getOfferingsLastModified(),
  ])
  return buildSitemap({ studioUpdatedAt: studio.updatedAt, articles, topics, exercises, routines, locations, instructors, classes, offeringsUpdatedAt })
}
