import { jest } from '@jest/globals'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/**
 * next/link and next/image are CommonJS. Under Jest's native ESM their default import is
 * the whole module object, so React would get `{ default: Link }` instead of a component.
 * This re-serves the real Next components as ES default exports (named exports such as
 * getImageProps as they are), so tests render the same
 * markup as the site. Call it before dynamically importing the components under test.
 */
export function serveNextLinkAndImageAsEsm(): void {
  for (const name of ['next/link', 'next/image']) {
    jest.unstable_mockModule(name, () => {
      const mod = require(name) as Record<string, unknown>
      return { ...mod, __esModule: true, default: mod.default ?? mod }
    })
  }
}
