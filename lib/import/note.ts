import { normalizeSitePath } from '../model/site-path'
import type { ImageOutcome } from './images'
import type { Topics } from './topics'
import type { ParsedPost } from './types'

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`

/** The note in the article's sidebar: what an editor should check before publishing. */
export function importNote(input: {
  post: ParsedPost
  sourceName: string
  now: Date
  outcomes: ImageOutcome[]
  topics: Topics
  excerptCut: boolean
  explicit: boolean
}): string {
  const { post, outcomes, topics } = input
  const lines = [`Imported from ${input.sourceName} on ${input.now.toISOString().slice(0, 10)}.`]
  const needAlt = outcomes.filter((outcome) => 'altNeedsReview' in outcome && outcome.altNeedsReview)
  if (needAlt.length) lines.push(`${plural(needAlt.length, 'image needs', 'images need')} alt text (${needAlt.map((outcome) => ('name' in outcome ? outcome.name : '')).join(', ')}).`)
  const remote = outcomes.filter((outcome) => outcome.kind === 'remote')
  if (remote.length) lines.push(`${plural(remote.length, 'image')} on the old site not imported: download and upload ${remote.length === 1 ? 'it' : 'them'} by hand (${remote.map((outcome) => outcome.ref.src.slice(0, 80)).join(', ')}).`)
  const missing = outcomes.filter((outcome) => outcome.kind === 'missing' || outcome.kind === 'unsupported')
  if (missing.length) lines.push(`${plural(missing.length, 'image')} not found or not an image type we take: ${missing.map((outcome) => outcome.ref.src).join(', ')}.`)
  if (topics.created.length) lines.push(`New ${topics.created.length === 1 ? 'topic' : 'topics'} from the tags: ${topics.created.join(', ')}.`)
  if (topics.missing.length) lines.push(`No topic yet for: ${topics.missing.join(', ')} (ask an editor to create ${topics.missing.length === 1 ? 'it' : 'them'}, then add ${topics.missing.length === 1 ? 'it' : 'them'}).`)
  if (!input.explicit) lines.push(input.excerptCut ? 'Excerpt taken from the first paragraph and shortened: check it reads well.' : 'Excerpt taken from the first paragraph.')
  if (!post.date) lines.push('No date in the source: the publish date is set when you publish.')
  if (post.oldPath) lines.push(`The old address ${normalizeSitePath(post.oldPath)} forwards here once this article is published.`)
  lines.push(...post.notes)
  return lines.join('\n')
}
