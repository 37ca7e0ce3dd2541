/**
 * How the site reads content: visitors through the access rules (published only);
 * preview (draft mode) reads the latest drafts. Every lib/content/<domain>.ts uses this.
 */
export type ReadOptions = { draft?: boolean }

export function readMode({ draft = false }: ReadOptions = {}) {
  return draft ? ({ draft: true, overrideAccess: true } as const) : ({ draft: false, overrideAccess: false } as const)
}
