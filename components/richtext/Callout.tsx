import type { ReactNode } from 'react'

const tones = {
  tip: { label: 'Tip', icon: '✦', classes: 'border-moss bg-moss-light text-ink' },
  note: { label: 'Note', icon: 'i', classes: 'border-ink/30 bg-sand-100 text-ink' },
  caution: { label: 'Caution', icon: '!', classes: 'border-clay bg-[#fbeee7] text-ink' },
} as const

export type CalloutTone = keyof typeof tones

/** An aside in an article. The tone is said in words and shown by an icon, never by colour alone. */
export function Callout({ tone, title, children }: { tone: CalloutTone; title?: string | null; children: ReactNode }) {
  const style = tones[tone] ?? tones.note
  return (
    <aside className={`my-8 rounded-2xl border-l-4 p-6 ${style.classes}`} aria-label={title ? `${style.label}: ${title}` : style.label}>
      <p className="m-0 flex items-center gap-2 text-sm font-bold uppercase tracking-wider">
        <span aria-hidden="true" className="inline-flex h-6 w-6 items-center justify-center rounded-full bg-white/70 text-xs">
          {style.icon}
        </span>
        {style.label}
        {title ? <span className="normal-case tracking-normal">: {title}</span> : null}
      </p>
      <div className="mt-2 leading-relaxed">{children}</div>
    </aside>
  )
}
