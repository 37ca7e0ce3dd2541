import type { ReactNode } from 'react'

// Each tone's colours are a class in app/(site)/globals.css (.callout-tip, ...).
const tones = {
  tip: { label: 'Tip', icon: '✦' },
  note: { label: 'Note', icon: 'i' },
  caution: { label: 'Caution', icon: '!' },
} as const

export type CalloutTone = keyof typeof tones

/** An aside in an article. The tone is said in words and shown by an icon, never by colour alone. */
export function Callout({ tone, title, children }: { tone: CalloutTone; title?: string | null; children: ReactNode }) {
  const known: CalloutTone = tone in tones ? tone : 'note'
  const style = tones[known]
  return (
    <aside className={`callout callout-${known}`} aria-label={title ? `${style.label}: ${title}` : style.label}>
      <p className="callout-label">
        <span aria-hidden="true" className="callout-icon">
          {style.icon}
        </span>
        {/* One flex item, so the gap after the icon does not also open before the colon. */}
        <span>
          {style.label}
          {title ? <span className="normal-case tracking-normal">: {title}</span> : null}
        </span>
      </p>
      <div className="mt-2 leading-relaxed">{children}</div>
    </aside>
  )
}
