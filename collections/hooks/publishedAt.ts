import type { CollectionBeforeChangeHook } from 'payload'

/** Stamps the first publication date; editors may change it afterwards. */
export const setPublishedAtOnFirstPublish: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data._status === 'published' && !data.publishedAt && !originalDoc?.publishedAt) {
    return { ...data, publishedAt: new Date().toISOString() }
  }
  return data
}
