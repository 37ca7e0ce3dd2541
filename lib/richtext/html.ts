/**
 * Article rich text as a self-contained HTML string, for feed readers (RSS content:encoded).
 * Unlike the page (components/richtext/RichText.tsx) the HTML is read far from the site:
 * every link and image is absolute, and our blocks become plain, unstyled markup.
 */
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { convertLexicalToHTML, type HTMLConverters, LinkHTMLConverter } from '@payloadcms/richtext-lexical/html'

import type { Media } from '@/payload-types'

import { pathFor, routes } from '../model/routes'
import { isSafeUrl } from '../model/safe-url'
import { absoluteUrl } from '../server/site-url'

const CALLOUT_LABELS: Record<string, string> = { tip: 'Tip', note: 'Note', caution: 'Caution' }

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
}

/** Site-relative URLs ("/exercises/x") made absolute; others (https:, mailto:) left as they are. */
const absolutize = (url: string) => (url.startsWith('/') && !url.startsWith('//') ? absoluteUrl(url) : url)

/**
 * Payload types each converter by its exact node type; ours read only a few fields and
 * check them at run time, so they share this looser signature.
 */
type NodeConverter = (args: { node: unknown } & Record<string, unknown>) => string
type BlockNode<Fields> = { fields: Fields }
type LinkNodeLike = { children?: unknown[]; fields: { url?: string; linkType?: string; doc?: { relationTo: string; value: unknown } | null } }

const linkConverters = LinkHTMLConverter({
  internalDocToHref: ({ linkNode }) => {
    const doc = linkNode.fields.doc
    const slug = doc && typeof doc.value === 'object' ? (doc.value as { slug?: string }).slug : undefined
    const path = doc ? pathFor(doc.relationTo, slug) : null
    return path ? absoluteUrl(path) : absoluteUrl(routes.home())
  },
})

/**
 * The same link converter, after making a custom link's site-relative URL absolute. A
 * link with an unsafe address (an old row, an import) is left as its text only.
 */
function absoluteLink(converter: unknown): NodeConverter {
  const convert = converter as NodeConverter
  return (args) => {
    const node = args.node as LinkNodeLike
    const url = node.fields.url
    if (node.fields.linkType !== 'internal' && !isSafeUrl(url)) {
      const nodesToHTML = args.nodesToHTML as (input: { nodes: unknown[] }) => string[]
      return nodesToHTML({ nodes: node.children ?? [] }).join('')
    }
    return convert({ ...args, node: { ...node, fields: { ...node.fields, url: url ? absolutize(url) : url } } })
  }
}

const upload: NodeConverter = ({ node }) => {
  const media = (node as { value?: unknown }).value
  if (!media || typeof media !== 'object') return ''
  const image = media as Partial<Media>
  if (!image.url || (image.mimeType && !image.mimeType.startsWith('image/'))) return ''
  const sized = image.sizes?.hero?.url && image.sizes.hero.width && image.sizes.hero.height ? image.sizes.hero : image
  const caption = [image.caption, image.credit ? `Photo: ${image.credit}` : null].filter(Boolean).join(' · ')
  const size = sized.width && sized.height ? ` width="${sized.width}" height="${sized.height}"` : ''
  return (
    `<figure><img src="${escapeHtml(absoluteUrl(sized.url ?? image.url))}" alt="${escapeHtml(image.alt ?? '')}"${size} />` +
    (caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : '') +
    '</figure>'
  )
}

type ExerciseEmbedFields = { exercise?: unknown; note?: string | null }
type RoutineEmbedFields = { routine?: unknown; note?: string | null }
type CalloutFields = { tone?: string; title?: string | null; body?: string | null }
type Embedded = { title?: string; name?: string; slug?: string; summary?: string | null }

/** An embedded document: its name linking to its page, its summary and the author's note. Gone or unpublished: nothing. */
function embedAside(label: string, doc: unknown, pathOf: (slug: string) => string, note: string | null | undefined): string {
  if (!doc || typeof doc !== 'object') return ''
  const { title, name, slug, summary } = doc as Embedded
  const heading = title ?? name
  if (!heading || !slug) return ''
  return (
    `<aside><p><strong>${label}: <a href="${escapeHtml(absoluteUrl(pathOf(slug)))}">${escapeHtml(heading)}</a></strong></p>` +
    (summary ? `<p>${escapeHtml(summary)}</p>` : '') +
    (note ? `<p><em>${escapeHtml(note)}</em></p>` : '') +
    '</aside>'
  )
}

const exerciseEmbed: NodeConverter = ({ node }) => {
  const { exercise, note } = (node as BlockNode<ExerciseEmbedFields>).fields ?? {}
  return embedAside('Exercise', exercise, routes.exercise, note)
}

const routineEmbed: NodeConverter = ({ node }) => {
  const { routine, note } = (node as BlockNode<RoutineEmbedFields>).fields ?? {}
  return embedAside('Routine', routine, routes.routine, note)
}

/** A callout: its tone said in words (no colours in a feed reader), the title and the text. */
const callout: NodeConverter = ({ node }) => {
  const { tone, title, body } = (node as BlockNode<CalloutFields>).fields ?? {}
  const label = CALLOUT_LABELS[tone ?? ''] ?? 'Note'
  return (
    `<blockquote><p><strong>${escapeHtml(title ? `${label}: ${title}` : label)}</strong></p>` +
    (body ? `<p>${escapeHtml(body).replace(/\n/g, '<br />')}</p>` : '') +
    '</blockquote>'
  )
}

const converters = ({ defaultConverters }: { defaultConverters: HTMLConverters }): HTMLConverters =>
  ({
    ...defaultConverters,
    link: absoluteLink(linkConverters.link),
    autolink: absoluteLink(linkConverters.autolink),
    upload,
    blocks: { exerciseEmbed, routineEmbed, callout },
  }) as HTMLConverters

/** Article content as HTML with absolute links and images, for feed readers. Empty content: "". */
export function richTextToFeedHtml(data: SerializedEditorState | null | undefined): string {
  if (!data?.root) return ''
  return convertLexicalToHTML({ data, converters, disableContainer: true, disableIndent: true, disableTextAlign: true })
}
