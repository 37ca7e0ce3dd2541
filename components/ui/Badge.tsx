import type { ReactNode } from 'react'

const tones = {
  neutral: 'bg-sand-200 text-ink',
  moss: 'bg-moss-light text-moss',
  clay: 'bg-clay text-sand-50',
} as const

export function Badge({ children, tone = 'neutral' }: { children: ReactNode; tone?: keyof typeof tones }) {
  return (
    <span className={`badge ${tones[tone]}`}>
      {children}
    </span>
  )
}
