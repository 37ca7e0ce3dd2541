import './globals.css'

import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { SiteFooter } from '@/components/layout/SiteFooter'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { SkipLink } from '@/components/layout/SkipLink'
import { getStudioSummary } from '@/lib/studio'

export const metadata: Metadata = {
  title: { default: 'B The Method', template: '%s | B The Method' },
  description: 'Pilates-inspired, low-impact mobility with a small ball, breathwork and mindful movement.',
}

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const studio = await getStudioSummary()
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col font-sans">
        <SkipLink />
        <SiteHeader studioName={studio.name} />
        <main id="main" className="flex-1">
          {children}
        </main>
        <SiteFooter studioName={studio.name} />
      </body>
    </html>
  )
}
