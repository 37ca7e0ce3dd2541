import { isSafeUrl } from '@/lib/model/safe-url'
import type { SiteNavigation } from '@/lib/content/navigation'
import type { Studio } from '@/payload-types'

import { Container } from '../ui/Container'
import { NavAnchor } from './NavAnchor'

const SOCIAL_LABELS: Record<string, string> = {
  instagram: 'Instagram',
  facebook: 'Facebook',
  youtube: 'YouTube',
  tiktok: 'TikTok',
  pinterest: 'Pinterest',
  linkedin: 'LinkedIn',
}

export function SiteFooter({ studio, navigation }: { studio: Pick<Studio, 'name' | 'contact' | 'socialLinks'>; navigation: SiteNavigation }) {
  return (
    <footer className="site-footer">
      <Container>
        <div className="footer-grid">
          <div className="max-w-sm">
            <p className="brand-name">{studio.name}</p>
            {navigation.newsletter.blurb ? <p className="mt-3 leading-relaxed text-ink-muted">{navigation.newsletter.blurb}</p> : null}
            {navigation.newsletter.url ? (
              <a
                href={navigation.newsletter.url}
                target="_blank"
                rel="noopener noreferrer"
                className="newsletter-link"
              >
                Join the newsletter<span aria-hidden="true">&nbsp;↗</span>
                <span className="sr-only"> (opens in a new tab)</span>
              </a>
            ) : null}
          </div>
          {navigation.footer.map((column) => (
            <nav key={column.title} aria-label={column.title}>
              <h2 className="font-semibold text-ink">{column.title}</h2>
              <ul className="mt-3 space-y-1">
                {column.links.map((link, index) => (
                  // A fixed list drawn on the server: its position is its identity (and the shortest key in the payload).
                  <li key={index}>
                    <NavAnchor link={link} className="footer-link" />
                  </li>
                ))}
              </ul>
            </nav>
          ))}
        </div>
        <div className="footer-base">
          <p>
            © {new Date().getFullYear()} {studio.name}
            {studio.contact?.email ? (
              <>
                {' · '}
                <a href={`mailto:${studio.contact.email}`} className="quiet-link">
                  {studio.contact.email}
                </a>
              </>
            ) : null}
          </p>
          {studio.socialLinks?.length ? (
            <ul className="flex gap-2" aria-label="Social media">
              {studio.socialLinks.filter((social) => isSafeUrl(social.url)).map((social) => (
                <li key={social.url}>
                  <a href={social.url} target="_blank" rel="noopener noreferrer" className="pill-link-small">
                    {SOCIAL_LABELS[social.platform] ?? social.platform}
                    <span className="sr-only"> (opens in a new tab)</span>
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </Container>
    </footer>
  )
}
