import { Card } from '@/components/ui/Card'
import { decorativeImage } from '@/lib/content/media'
import { routes } from '@/lib/model/routes'
import type { Instructor } from '@/payload-types'

export function InstructorCard({ instructor, headingLevel }: { instructor: Instructor; headingLevel?: 'h2' | 'h3' }) {
  return (
    <Card
      href={routes.instructor(instructor.slug)}
      title={instructor.name}
      headingLevel={headingLevel}
      image={decorativeImage(instructor.photo)}
      footer={instructor.specialties?.length ? instructor.specialties.slice(0, 3).join(' · ') : null}
    >
      {instructor.bio.length > 160 ? `${instructor.bio.slice(0, 157).trimEnd()}…` : instructor.bio}
    </Card>
  )
}
