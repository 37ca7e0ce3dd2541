import { getPayloadClient } from './payload'

export type StudioSummary = { name: string; tagline: string | null }

/** The studio's name and tagline, for the site shell and the home hero. */
export async function getStudioSummary(): Promise<StudioSummary> {
  const payload = await getPayloadClient()
  const studio = await payload.findGlobal({ slug: 'studio', depth: 0, select: { name: true, tagline: true } })
  return { name: studio.name || 'B The Method', tagline: studio.tagline ?? null }
}
