import type { SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'

import { parseHtml } from './parse-html'
import { parseMarkdown } from './parse-markdown'
import { parseText } from './parse-text'
import { decodeSource, EXTENSIONS, formatOf } from './read'
import type { ImportSource, ParseResult } from './types'

/**
 * Reads one source into a post, or a reason it cannot be imported (never throws for bad
 * input: empty, binary, wrong encoding, unsupported type, no title...).
 */
export function parseSource(source: ImportSource, editorConfig: SanitizedServerEditorConfig): ParseResult {
  const format = formatOf(source.name)
  if (!format) {
    return { ok: false, reason: `unsupported file type: ${source.name.split('.').pop()} (import ${Object.keys(EXTENSIONS).join(', ')})` }
  }
  const decoded = decodeSource(source.data)
  if (!decoded.ok) return decoded
  try {
    if (format === 'html') return parseHtml(decoded.text, editorConfig)
    if (format === 'markdown') return parseMarkdown(decoded.text, editorConfig)
    return parseText(decoded.text)
  } catch (error) {
    return { ok: false, reason: `could not be read as ${format}: ${(error as Error).message}` }
  }
}
