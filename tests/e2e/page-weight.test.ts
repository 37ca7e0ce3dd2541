import { describe, expect, it } from '@jest/globals'

import { baseUrl, e2eSkipReason } from '../helpers/browser'
import { inlinedPayload, markupOnly } from '../helpers/rsc-payload'

const describeOnSite = e2eSkipReason() ? describe.skip : describe

/**
 * Every page is sent twice, as markup and as the React payload that hydrates it. What
 * every page repeats (cards, embeds, section headings, header, footer, the 404 message)
 * is drawn by client components from their data, so the payload carries the words and
 * links, not the elements and classes around them (docs/performance.md, page weight).
 * A class of those pieces in the payload means one of them went back to sending its
 * markup twice.
 */
const EVERY_PAGE = ['site-header-bar', 'header-search-field', 'footer-grid', 'footer-base', 'card-body', 'card-title']
const PAGES: [string, string[]][] = [
  ['/blog/hip-mobility-and-lower-back-pain', [...EVERY_PAGE, 'section-heading-row', 'embed-kicker']],
  ['/', [...EVERY_PAGE, 'section-heading-row']],
  ['/exercises', EVERY_PAGE],
]

const inMarkup = (piece: string) => new RegExp(`class="(?:[^"]* )?${piece}[ "]`)
const inPayload = (piece: string) => new RegExp(`"className":"(?:[^"]* )?${piece}[ "]`)

async function fetchHtml(path: string, status = 200): Promise<string> {
  const response = await fetch(baseUrl() + path)
  expect(response.status).toBe(status)
  return response.text()
}

describeOnSite('page weight: what every page repeats is sent once as markup and once as data', () => {
  it.each(PAGES)('%s', async (path, pieces) => {
    const html = await fetchHtml(path)
    const markup = markupOnly(html)
    const payload = inlinedPayload(html)
    expect(payload.length).toBeGreaterThan(1000)
    for (const piece of pieces) {
      expect(markup).toMatch(inMarkup(piece))
      expect(payload).not.toMatch(inPayload(piece))
    }
    // A card's words are there, as its fields.
    expect(payload).toMatch(/"href":"\/(blog|exercises)\/[a-z0-9-]+","title":"/)
  })

  it('keeps the 404 message out of every page', async () => {
    const article = await fetchHtml('/blog/hip-mobility-and-lower-back-pain')
    expect(article).not.toContain('We couldn’t find that page')
  })
})
