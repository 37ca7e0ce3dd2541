import { articles, topics } from '../../seed/articles'
import { exercises } from '../../seed/exercises'
import { images } from '../../seed/images'
import { routines } from '../../seed/routines'
import type { SeedRichBlock } from '../../seed/types'
import { block, bulletList, editorState, heading, numberedPoints, paragraph, quote, upload, type EditorState } from '../richtext/build'
import type { SeedContext } from './context'
import { drawPlaceholder } from './placeholder-image'

/** The demo pictures, drawn here (no stock photos to license or download). */
export async function seedMedia(ctx: SeedContext) {
  for (const image of images) {
    const filename = `seed-${image.key}.jpg`
    const id = await ctx.ensure('media', { field: 'filename', value: filename }, async () => {
      const data = await drawPlaceholder({ palette: image.palette, motif: image.motif })
      return ctx.payload.create({
        collection: 'media',
        data: { alt: image.alt, caption: image.caption },
        file: { data, mimetype: 'image/jpeg', name: filename, size: data.length },
      })
    })
    ctx.ids.media.set(image.key, id)
  }
}

export async function seedTopics(ctx: SeedContext) {
  for (const topic of topics) {
    const id = await ctx.ensure('topics', { field: 'slug', value: topic.slug }, () => ctx.payload.create({ collection: 'topics', data: topic }))
    ctx.ids.topics.set(topic.slug, id)
  }
}

export async function seedExercises(ctx: SeedContext) {
  for (const exercise of exercises) {
    const { image, ...fields } = exercise
    const id = await ctx.ensure('exercises', { field: 'slug', value: exercise.slug }, () =>
      ctx.payload.create({
        collection: 'exercises',
        data: {
          ...fields,
          _status: 'published',
          steps: exercise.steps.map((instruction) => ({ instruction })),
          cues: exercise.cues.map((cue) => ({ cue })),
          cautions: exercise.cautions.map((caution) => ({ caution })),
          images: [ctx.ref('media', image)],
          video: { source: 'none' },
        },
      }),
    )
    ctx.ids.exercises.set(exercise.slug, id)
  }
}

/** Demo routines: steps without a dose of their own take their exercise's (copied on save). */
export async function seedRoutines(ctx: SeedContext) {
  for (const routine of routines) {
    const id = await ctx.ensure('routines', { field: 'slug', value: routine.slug }, () =>
      ctx.payload.create({
        collection: 'routines',
        data: {
          ...routine,
          _status: 'published',
          heroImage: ctx.ref('media', routine.heroImage),
          steps: routine.steps.map(({ exercise, reps, holdSeconds, perSide, sets, restSeconds, cue }) => ({
            exercise: ctx.ref('exercises', exercise),
            ...(reps ? { mode: 'reps' as const, reps } : holdSeconds ? { mode: 'hold' as const, holdSeconds } : { mode: 'exercise' as const }),
            perSide: perSide ?? false,
            sets: sets ?? 1,
            restSeconds,
            cue: cue ?? null,
          })),
        },
      }),
    )
    ctx.ids.routines.set(routine.slug, id)
  }
}

/** seed/'s plain blocks as the Articles editor's Lexical state. */
function richText(ctx: SeedContext, blocks: SeedRichBlock[]): EditorState {
  return editorState(
    blocks.map((entry) => {
      switch (entry.type) {
        case 'p':
          return paragraph(entry.text)
        case 'h2':
        case 'h3':
          return heading(entry.type, entry.text)
        case 'quote':
          return quote(entry.text)
        case 'ul':
          return bulletList(entry.items)
        case 'numbered':
          return numberedPoints(entry.items)
        case 'exercise':
          return block('exerciseEmbed', { exercise: ctx.ref('exercises', entry.slug), note: entry.note ?? '' })
        case 'routine':
          return block('routineEmbed', { routine: ctx.ref('routines', entry.slug), note: entry.note ?? '' })
        case 'callout':
          return block('callout', { tone: entry.tone, title: entry.title ?? '', body: entry.body })
        case 'image':
          return upload(ctx.ref('media', entry.image))
      }
    }),
  )
}

export async function seedArticles(ctx: SeedContext) {
  for (const article of articles) {
    const id = await ctx.ensure('articles', { field: 'slug', value: article.slug }, () =>
      ctx.payload.create({
        collection: 'articles',
        draft: article.status === 'draft',
        data: {
          title: article.title,
          slug: article.slug,
          excerpt: article.excerpt,
          heroImage: ctx.ref('media', article.heroImage),
          content: richText(ctx, article.content) as never,
          topics: ctx.refs('topics', article.topics),
          relatedExercises: ctx.refs('exercises', article.relatedExercises),
          author: ctx.users.get(article.author) ?? null,
          publishedAt: article.status === 'published' ? article.publishedAt : null,
          featured: article.featured ?? false,
          _status: article.status,
        },
      }),
    )
    ctx.ids.articles.set(article.slug, id)
  }

  // Exercises point back at the published articles that recommend them.
  if (!ctx.report.created.some((line) => line.startsWith('articles '))) return
  for (const exercise of exercises) {
    const related = articles
      .filter((article) => article.status === 'published' && article.relatedExercises.includes(exercise.slug))
      .map((article) => ctx.ref('articles', article.slug))
    if (related.length === 0) continue
    await ctx.payload.update({
      collection: 'exercises',
      id: ctx.ref('exercises', exercise.slug),
      data: { relatedArticles: related, _status: 'published' },
    })
  }
}
