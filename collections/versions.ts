import type { CollectionConfig } from 'payload'

/** Drafts with autosave and a history capped per document, for everything staff publish. */
export const editorialVersions = {
  drafts: { autosave: { interval: 1500 } },
  maxPerDoc: 30,
} satisfies CollectionConfig['versions']
