import './globals.css'

import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { PreviewBanner } from '@/components/layout/PreviewBanner'
import { SiteFooter } from '@/components/layout/SiteFooter'
import { menuLink } from '@/components/layout/NavAnchor'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { SkipLink } from '@/components/layout/SkipLink'
import { siteMetadata } from '@/lib/seo/metadata'
import { getNavigation } from '@/lib/content/navigation'
import { getPreviewScope, getStudioForRequest } from '@/lib/preview/session'

export const metadata: Metadata = siteMetadata()

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const scope = await getPreviewScope()
  // The Studio global's draft is for staff; a share link opens one document only.
  const [studio, navigation] = await Promise.all([getStudioForRequest(), getNavigation()])
  return (
    <html lang="en">
      <body>
        <SkipLink />
        {scope.draft ? <PreviewBanner /> : null}
        <SiteHeader studioName={studio.name} links={navigation.header.map(menuLink)} />
        <main id="main" tabIndex={-1} className="flex-1 outline-none">
          {children}
        </main>
        <SiteFooter studio={studio} navigation={navigation} />
      </body>
    </html>
  )
}
