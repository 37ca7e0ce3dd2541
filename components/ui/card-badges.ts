import { BODY_AREAS, labelOf, LEVELS } from '@/lib/model/taxonomy'

import type { CardBadge } from './Card'

type Leveled = { level?: string | null; bodyAreas?: string[] | null }

/** An exercise's or a routine's badges on its card: the level, then up to two body areas. */
export function levelAndAreas({ level, bodyAreas }: Leveled): CardBadge[] {
  return [{ label: labelOf(LEVELS, level), tone: 'moss' }, ...(bodyAreas ?? []).slice(0, 2).map((area) => ({ label: labelOf(BODY_AREAS, area) }))]
}
