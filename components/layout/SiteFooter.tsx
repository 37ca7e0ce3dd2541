import { isSafeUrl } from '@/lib/model/safe-url'
import type { SiteNavigation } from '@/lib/content/navigation'
import type { Studio } from '@/payload-types'

import { FooterView } from './FooterView'
import { menuLink } from './NavAnchor'

const SOCIAL_LABELS: Record<string, string> = {
  instagram: 'Instagram',
  facebook: 'Facebook',
  youtube: 'YouTube',
  tiktok: 'TikTok',
  pinterest: 'Pinterest',
  linkedin: 'LinkedIn',
}

/** The site's footer: what it shows, picked here on the server, drawn by FooterView. */
export function SiteFooter({ studio, navigation }: { studio: Pick<Studio, 'name' | 'contact' | 'socialLinks'>; navigation: SiteNavigation }) {
  return (
    <FooterView
      studioName={studio.name}
      email={studio.contact?.email || undefined}
      year={new Date().getFullYear()}
      newsletter={navigation.newsletter}
      columns={navigation.footer.map((column) => ({ title: column.title, links: column.links.map(menuLink) }))}
      socials={(studio.socialLinks ?? [])
        .filter((social) => isSafeUrl(social.url))
        .map((social) => ({ label: SOCIAL_LABELS[social.platform] ?? social.platform, url: social.url }))}
    />
  )
}
