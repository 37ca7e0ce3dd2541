import type { Payload } from 'payload'

import { seedArticles, seedExercises, seedMedia, seedRoutines, seedTopics } from './content'
import { createSeedContext, type SeedReport } from './context'
import { seedGlobals } from './globals'
import { seedDemoUsers } from './people'
import { seedStudio } from './studio'

export type { SeedReport } from './context'

/**
 * Loads the demo content. Idempotent: every record is looked up by a natural key
 * (e-mail, slug, file name) first and left alone when it exists, so running it twice
 * creates nothing twice and never overwrites what staff changed.
 * Demo users exist only outside production; their password is printed once.
 */
export async function seedDemoContent(
  payload: Payload,
  options: { production: boolean; demoPassword?: string; log?: (line: string) => void },
): Promise<SeedReport> {
  const ctx = createSeedContext(payload)
  // People first: articles name their authors.
  if (!options.production) await seedDemoUsers(ctx, { demoPassword: options.demoPassword, log: options.log ?? (() => {}) })
  await seedMedia(ctx)
  await seedTopics(ctx)
  await seedExercises(ctx)
  // Before articles: articles embed routines.
  await seedRoutines(ctx)
  await seedArticles(ctx)
  await seedStudio(ctx)
  await seedGlobals(ctx)
  return ctx.report
}
