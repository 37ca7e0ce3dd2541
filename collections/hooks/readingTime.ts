import type { CollectionBeforeChangeHook } from 'payload'

import { readingMinutes } from '../../lib/richtext/text'

/** Reading time is computed from the text on every save; nobody types it. */
export const computeReadingTime: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const content = data.content ?? originalDoc?.content
  return { ...data, readingTimeMinutes: content ? readingMinutes(content) : 1 }
}
