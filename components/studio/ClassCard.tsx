import { Badge } from '@/components/ui/Badge'
import { Card } from '@/components/ui/Card'
import { formatMinutes } from '@/lib/format'
import { routes } from '@/lib/routes'
import { CLASS_FORMATS, labelOf, LEVELS } from '@/lib/taxonomy'
import type { Class } from '@/payload-types'

export const namesOf = (items: unknown[] | null | undefined): string[] =>
  (items ?? []).flatMap((item) => (item && typeof item === 'object' && 'name' in item ? [String((item as { name: string }).name)] : []))

export function ClassCard({ entry, headingLevel }: { entry: Class; headingLevel?: 'h2' | 'h3' }) {
  const teachers = namesOf(entry.instructors)
  return (
    <Card
      href={routes.class(entry.slug)}
      title={entry.name}
      headingLevel={headingLevel}
      eyebrow={
        <>
          <Badge tone="moss">{labelOf(CLASS_FORMATS, entry.format)}</Badge>
          <Badge>{labelOf(LEVELS, entry.level)}</Badge>
        </>
      }
      footer={[formatMinutes(entry.durationMinutes), teachers.length ? `with ${teachers.join(' and ')}` : null].filter(Boolean).join(' · ')}
    >
      {entry.description.length > 180 ? `${entry.description.slice(0, 177).trimEnd()}…` : entry.description}
    </Card>
  )
}
