import path from 'node:path'

import type { SourceFormat } from './types'

export const EXTENSIONS: Record<string, SourceFormat> = {
  '.html': 'html',
  '.htm': 'html',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.text': 'text',
}

/** Larger than any blog post saved as a page; past this, it is not a post. */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024

export const formatOf = (name: string): SourceFormat | null => EXTENSIONS[path.extname(name).toLowerCase()] ?? null

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string }

const UTF16_LE = [0xff, 0xfe]
const UTF16_BE = [0xfe, 0xff]
const startsWith = (data: Uint8Array, bytes: number[]) => bytes.every((byte, index) => data[index] === byte)

/**
 * Decodes a source file to text, or says why it is not a text post: empty, binary
 * (NUL bytes or many control characters), too large, or not valid UTF-8. UTF-16 with
 * a byte-order mark (as some Windows editors save) is accepted.
 */
export function decodeSource(data: Uint8Array): ReadResult {
  if (data.byteLength === 0) return { ok: false, reason: 'empty file' }
  if (data.byteLength > MAX_SOURCE_BYTES) {
    return { ok: false, reason: `too large for a blog post (${Math.round(data.byteLength / 1024)} KB, at most ${MAX_SOURCE_BYTES / 1024 / 1024} MB)` }
  }

  let text: string
  if (startsWith(data, UTF16_LE) || startsWith(data, UTF16_BE)) {
    const encoding = startsWith(data, UTF16_LE) ? 'utf-16le' : 'utf-16be'
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(data)
    } catch {
      return { ok: false, reason: `unreadable encoding: not valid ${encoding.toUpperCase()}` }
    }
  } else {
    if (data.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes), not a text post' }
    try {
      // Strips a UTF-8 byte-order mark too.
      text = new TextDecoder('utf-8', { fatal: true }).decode(data)
    } catch {
      return { ok: false, reason: 'unreadable encoding: not valid UTF-8 (save the file as UTF-8 and try again)' }
    }
  }

  const sample = text.slice(0, 8192)
  const control = sample.match(/[\u0000-\u0008\u000e-\u001f\u007f\ufffd]/g)?.length ?? 0
  if (control > Math.max(8, sample.length * 0.02)) return { ok: false, reason: 'binary file (many control characters), not a text post' }
  if (!text.replace(/[\s\u00a0\u200b\ufeff]/g, '')) return { ok: false, reason: 'empty file (only whitespace)' }
  return { ok: true, text: text.replace(/\r\n?/g, '\n') }
}
