import { Fragment } from 'react'

import { HIGHLIGHT_END, HIGHLIGHT_START } from '@/lib/content/search-marks'

/**
 * A snippet whose matched words arrive wrapped in marker characters, rendered as <mark>
 * elements. Text is never parsed as HTML, so page content cannot inject markup.
 */
export function Highlighted({ text }: { text: string }) {
  const parts = text.split(HIGHLIGHT_START)
  return (
    <>
      {parts.map((part, index) => {
        if (index === 0) return <Fragment key={index}>{part}</Fragment>
        const [marked, rest = ''] = part.split(HIGHLIGHT_END)
        return (
          <Fragment key={index}>
            <mark className="rounded bg-moss-light px-0.5 text-ink">{marked}</mark>
            {rest}
          </Fragment>
        )
      })}
    </>
  )
}
