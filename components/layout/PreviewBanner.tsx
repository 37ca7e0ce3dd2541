'use client'

import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { usePathname, useRouter } from 'next/navigation'

/**
 * Shown only in draft mode: says plainly that this is draft content, offers the way
 * out, and (inside the admin's live preview) re-renders the page on every save.
 */
export function PreviewBanner() {
  const pathname = usePathname()
  const router = useRouter()
  return (
    <div role="status" className="sticky top-0 z-50 bg-ink text-sand-50">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-5 py-2 text-sm sm:px-8">
        <p className="font-semibold">Preview: draft content</p>
        <a href={`/preview/exit?path=${encodeURIComponent(pathname)}`} className="inline-flex min-h-8 items-center rounded-full px-4 font-semibold ring-1 ring-sand-50/60 hover:bg-sand-50 hover:text-ink">
          Exit preview
        </a>
      </div>
      <RefreshRouteOnSave refresh={() => router.refresh()} serverURL={typeof window === 'undefined' ? '' : window.location.origin} />
    </div>
  )
}
