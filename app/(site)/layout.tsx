import './globals.css'

import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import type { ReactNode } from 'react'

import { PreviewBanner } from '@/components/layout/PreviewBanner'
import { SiteFooter } from '@/components/layout/SiteFooter'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { SkipLink } from '@/components/layout/SkipLink'
import { getNavigation } from '@/lib/navigation'
import { getStudio } from '@/lib/studio'

export const metadata: Metadata = {
  title: { default: 'B The Method', template: '%s | B The Method' },
  description: 'Pilates-inspired, low-impact mobility with a small ball, breathwork and mindful movement.',
}

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const { isEnabled: draft } = await draftMode()
  const [studio, navigation] = await Promise.all([getStudio({ draft }), getNavigation()])
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col bg-sand-50 font-sans text-ink">
        <SkipLink />
        {draft ? <PreviewBanner /> : null}
        <SiteHeader studioName={studio.name} links={navigation.header} />
        <main id="main" tabIndex={-1} className="flex-1 outline-none">
          {children}
        </main>
        <SiteFooter studio={studio} navigation={navigation} />
      </body>
    </html>
  )
}
