import type { ReactNode } from 'react'

/** Each tone is one class of app/(site)/globals.css: cards repeat badges, and each copy is sent twice (markup and payload). */
const tones = {
  neutral: 'badge',
  moss: 'badge badge-moss',
  clay: 'badge badge-clay',
} as const

export type BadgeTone = keyof typeof tones

export function Badge({ children, tone = 'neutral' }: { children: ReactNode; tone?: BadgeTone }) {
  return <span className={tones[tone]}>{children}</span>
}
