import { draftMode } from 'next/headers'
import { notFound, permanentRedirect, redirect } from 'next/navigation'
import { Suspense } from 'react'

import { findRedirect } from '@/lib/content/redirects'

import { NotFoundContent } from './NotFoundContent'

/** Sets the 404 (and Next's `noindex`) from inside a Suspense boundary; draws nothing. */
function AnswerNotFound(): never {
  notFound()
}

/**
 * What a page with nothing to show renders: the 404 message, in the site's layout, as
 * server HTML with a 404 status.
 *
 * Why not `notFound()` at the top of the page: Next 16 answers that with an empty error
 * shell (`<html id="__next_error__">`) and draws the page in the browser
 * (vercel/next.js#62228), so a visitor without scripts, or a crawler, saw a blank 404.
 * Thrown inside a Suspense boundary, the same `notFound()` still sets the status on a
 * cached (prerendered) route and the page around it is rendered on the server; in the
 * browser Next's not-found boundary then shows the layout's not-found page, the same
 * message. Routes that use it must be prerendered (`generateStaticParams`): on a
 * per-request render the status would stay 200, so a preview (draft mode) and
 * `npm run dev` (both render every request) keep the plain `notFound()`.
 */
export async function NotFoundPage() {
  if (process.env.NODE_ENV === 'development' || (await draftMode()).isEnabled) notFound()
  return (
    <>
      <NotFoundContent />
      <Suspense fallback={null}>
        <AnswerNotFound />
      </Suspense>
    </>
  )
}

/**
 * Where a page has nothing to show: forward an old address to where its content lives
 * now, or answer 404. Only consulted when no page answers, so a redirect can never hide
 * a live page.
 */
export async function MovedOrNotFound({ path }: { path: string }) {
  const rule = await findRedirect(path)
  if (rule) {
    if (rule.permanent) permanentRedirect(rule.destination)
    redirect(rule.destination)
  }
  return <NotFoundPage />
}
