import type { ReactNode } from 'react'

const tones = {
  neutral: 'bg-sand-200 text-ink',
  moss: 'bg-moss-light text-moss',
  clay: 'bg-clay text-sand-50',
} as const

export function Badge({ children, tone = 'neutral' }: { children: ReactNode; tone?: keyof typeof tones }) {
  return (
    <span className={`inline-flex items-center rounded-full px-3 py-1 text-xs font-semibold tracking-wide ${tones[tone]}`}>
      {children}
    </span>
  )
}
