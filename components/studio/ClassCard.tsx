import { Card } from '@/components/ui/Card'
import { CardGrid } from '@/components/ui/CardGrid'
import { namedPages } from '@/components/ui/LinkedNames'
import { formatMinutes } from '@/lib/model/format'
import { routes } from '@/lib/model/routes'
import { CLASS_FORMATS, labelOf, LEVELS } from '@/lib/model/taxonomy'
import type { Class } from '@/payload-types'


export function ClassCard({ entry, headingLevel }: { entry: Class; headingLevel?: 'h2' | 'h3' }) {
  const teachers = namedPages(entry.instructors).map((person) => person.name)
  return (
    <Card
      href={routes.class(entry.slug)}
      title={entry.name}
      headingLevel={headingLevel}
      badges={[{ label: labelOf(CLASS_FORMATS, entry.format), tone: 'moss' }, { label: labelOf(LEVELS, entry.level) }]}
      footer={[formatMinutes(entry.durationMinutes), teachers.length ? `with ${teachers.join(' and ')}` : null].filter(Boolean).join(' · ')}
    >
      {entry.description.length > 180 ? `${entry.description.slice(0, 177).trimEnd()}…` : entry.description}
    </Card>
  )
}

/** Classes as a responsive grid of cards. */
export function ClassGrid({ classes, columns = 4 }: { classes: Class[]; columns?: 3 | 4 }) {
  return (
    <CardGrid items={classes} columns={columns}>
      {(entry) => <ClassCard entry={entry} />}
    </CardGrid>
  )
}
