'use client'

import { Container } from '../ui/Container'
import { type MenuLink, NavAnchor } from './NavAnchor'

type Props = {
  studioName: string
  email?: string
  /** The server's year: the browser's clock must not change what it hydrates. */
  year: number
  newsletter: { blurb: string | null; url: string | null }
  columns: { title: string; links: MenuLink[] }[]
  socials: { label: string; url: string }[]
}

/**
 * The footer's markup, drawn on the client from its fields: every page's React payload
 * then carries the links and words instead of every element around them (about 2 KB a
 * page, docs/performance.md).
 */
export function FooterView({ studioName, email, year, newsletter, columns, socials }: Props) {
  return (
    <footer className="site-footer">
      <Container>
        <div className="footer-grid">
          <div className="max-w-sm">
            <p className="brand-name">{studioName}</p>
            {newsletter.blurb ? <p className="mt-3 leading-relaxed text-ink-muted">{newsletter.blurb}</p> : null}
            {newsletter.url ? (
              <a href={newsletter.url} target="_blank" rel="noopener noreferrer" className="newsletter-link">
                Join the newsletter<span aria-hidden="true">&nbsp;↗</span>
                <span className="sr-only"> (opens in a new tab)</span>
              </a>
            ) : null}
          </div>
          {columns.map((column) => (
            <nav key={column.title} aria-label={column.title}>
              <h2 className="font-semibold text-ink">{column.title}</h2>
              <ul className="mt-3 space-y-1">
                {column.links.map((link, index) => (
                  // A fixed list: its position is its identity.
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
            © {year} {studioName}
            {email ? (
              <>
                {' · '}
                <a href={`mailto:${email}`} className="quiet-link">
                  {email}
                </a>
              </>
            ) : null}
          </p>
          {socials.length ? (
            <ul className="flex gap-2" aria-label="Social media">
              {socials.map((social) => (
                <li key={social.url}>
                  <a href={social.url} target="_blank" rel="noopener noreferrer" className="pill-link-small">
                    {social.label}
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
