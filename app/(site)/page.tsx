import { HomeHero } from '@/components/layout/HomeHero'
import { getStudioSummary } from '@/lib/studio'

export default async function HomePage() {
  const studio = await getStudioSummary()
  return <HomeHero name={studio.name} tagline={studio.tagline} />
}
