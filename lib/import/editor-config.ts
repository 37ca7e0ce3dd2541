import { editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import type { RichTextField, SanitizedConfig } from 'payload'

const cache = new WeakMap<SanitizedConfig, SanitizedServerEditorConfig>()

/**
 * The editor of the Articles `content` field (default features + our blocks), so
 * Payload's converters produce exactly the nodes that field accepts.
 */
export function articleEditorConfig(config: SanitizedConfig): SanitizedServerEditorConfig {
  const cached = cache.get(config)
  if (cached) return cached
  const articles = config.collections.find((collection) => collection.slug === 'articles')
  const field = articles?.fields.find((candidate) => 'name' in candidate && candidate.name === 'content')
  if (!field || field.type !== 'richText') throw new Error('articles.content is not a rich text field')
  const editorConfig = editorConfigFactory.fromField({ field: field as RichTextField })
  cache.set(config, editorConfig)
  return editorConfig
}
