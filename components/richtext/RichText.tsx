import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import {
  type JSXConvertersFunction,
  LinkJSXConverter,
  RichText as LexicalRichText,
} from '@payloadcms/richtext-lexical/react'
import type { ReactNode } from 'react'

import { ExerciseEmbedCard, type EmbeddedExercise } from '@/components/exercise/ExerciseEmbedCard'
import { RoutineEmbedCard, type EmbeddedRoutine } from '@/components/routine/RoutineCard'
import { SiteImage } from '@/components/ui/SiteImage'
import { toSiteImage } from '@/lib/content/media'
import { headingAnchors } from '@/lib/richtext/text'
import { pathFor } from '@/lib/model/routes'
import { isSafeUrl } from '@/lib/model/safe-url'

import { Callout, type CalloutTone } from './Callout'

type Props = { data: SerializedEditorState | null | undefined; className?: string }

/**
 * A stored link whose address is unsafe (an old row, an import, a write past validation)
 * is shown as its text only: nothing stored can reach the page as a live javascript: link.
 */
const isLiveLink = (node: { fields: { linkType?: string; url?: string } }) => node.fields.linkType === 'internal' || isSafeUrl(node.fields.url)

type NodeLike = { tag?: string; listType?: string; children?: unknown[]; fields?: Record<string, unknown>; value?: unknown }

/**
 * Renders article rich text with Payload's Lexical React renderer plus our converters:
 * headings get anchor ids (matching the contents list), numbered lists become numbered
 * sections, exercise embeds become exercise cards (nothing when the exercise is gone or
 * unpublished), callouts, and images through next/image.
 */
export function RichText({ data, className }: Props) {
  if (!data?.root) return null
  const anchors = new Map(headingAnchors(data as never).map((anchor) => [anchor.node, anchor.id]))

  const links = LinkJSXConverter({
    internalDocToHref: ({ linkNode }) => {
      const doc = linkNode.fields.doc
      const slug = doc && typeof doc.value === 'object' ? (doc.value as { slug?: string }).slug : undefined
      return (doc && pathFor(doc.relationTo, slug)) || '#'
    },
  }) as Record<'link' | 'autolink', (args: never) => ReactNode>

  const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
    ...defaultConverters,
    link: (args) => (isLiveLink(args.node) ? links.link(args as never) : <>{args.nodesToJSX({ nodes: args.node.children })}</>),
    autolink: (args) => (isLiveLink(args.node) ? links.autolink(args as never) : <>{args.nodesToJSX({ nodes: args.node.children })}</>),
    heading: ({ node, nodesToJSX }) => {
      const Tag = (['h2', 'h3', 'h4', 'h5', 'h6'].includes(node.tag) ? node.tag : 'h2') as 'h2'
      return <Tag id={anchors.get(node)}>{nodesToJSX({ nodes: node.children })}</Tag>
    },
    list: ({ node, nodesToJSX }) => {
      const children = nodesToJSX({ nodes: node.children })
      if (node.listType === 'number') {
        return <ol className="numbered-sections">{children}</ol>
      }
      return <ul>{children}</ul>
    },
    // Plain items: the numbered look comes from the list's class (app/(site)/globals.css).
    listitem: ({ node, nodesToJSX }) => <li>{nodesToJSX({ nodes: node.children })}</li>,
    upload: ({ node }) => {
      const image = toSiteImage((node as NodeLike).value, 'hero')
      if (!image) return null
      return (
        <figure className="my-10">
          <div className="overflow-hidden rounded-2xl">
            <SiteImage image={image} sizes="(min-width: 768px) 680px, 100vw" />
          </div>
          {image.caption || image.credit ? (
            <figcaption className="mt-2 text-sm text-ink-muted">
              {[image.caption, image.credit ? `Photo: ${image.credit}` : null].filter(Boolean).join(' · ')}
            </figcaption>
          ) : null}
        </figure>
      )
    },
    blocks: {
      exerciseEmbed: ({ node }: { node: unknown }) => {
        const fields = (node as NodeLike).fields ?? {}
        const exercise = fields.exercise
        if (!exercise || typeof exercise !== 'object' || !(exercise as EmbeddedExercise).slug) return null
        return <ExerciseEmbedCard exercise={exercise as EmbeddedExercise} note={fields.note as string | undefined} />
      },
      routineEmbed: ({ node }: { node: unknown }) => {
        const fields = (node as NodeLike).fields ?? {}
        const routine = fields.routine
        if (!routine || typeof routine !== 'object' || !(routine as EmbeddedRoutine).slug) return null
        return <RoutineEmbedCard routine={routine as EmbeddedRoutine} note={fields.note as string | undefined} />
      },
      callout: ({ node }: { node: unknown }) => {
        const fields = (node as NodeLike).fields ?? {}
        return (
          <Callout tone={(fields.tone as CalloutTone) ?? 'note'} title={fields.title as string | undefined}>
            {fields.body as ReactNode}
          </Callout>
        )
      },
    },
  })

  return <LexicalRichText data={data} converters={converters} className={className} disableIndent disableTextAlign />
}
