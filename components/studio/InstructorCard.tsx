import { Card } from '@/components/ui/Card'
import { SiteImage } from '@/components/ui/SiteImage'
import { toSiteImage } from '@/lib/content/media'
import { routes } from '@/lib/model/routes'
import type { Instructor } from '@/payload-types'

export function InstructorCard({ instructor, headingLevel }: { instructor: Instructor; headingLevel?: 'h2' | 'h3' }) {
  const image = toSiteImage(instructor.photo, 'card')
  return (
    <Card
      href={routes.instructor(instructor.slug)}
      title={instructor.name}
      headingLevel={headingLevel}
      media={image ? <SiteImage image={image} sizes="card" decorative /> : null}
      footer={instructor.specialties?.length ? instructor.specialties.slice(0, 3).join(' · ') : null}
    >
      {instructor.bio.length > 160 ? `${instructor.bio.slice(0, 157).trimEnd()}…` : instructor.bio}
    </Card>
  )
}
