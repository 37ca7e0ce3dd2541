import { MovedOrNotFound, NotFoundPage } from '@/components/layout/NotFoundPage'
import { decodePathSegments } from '@/lib/model/site-path'
import { NOT_FOUND_METADATA } from '@/lib/seo/metadata'

type Props = { params: Promise<{ path: string[] }> }

export const metadata = NOT_FOUND_METADATA

/**
 * None at build time. Prerendered on a first visit and cached like any page (expired when
 * a redirect changes), which is also what gives NotFoundPage its 404 status.
 */
export function generateStaticParams() {
  return []
}

/** Any address no route knows: an old link (e.g. from the previous shop's blog) is forwarded, the rest is a 404. */
export default async function UnmatchedPath({ params }: Props) {
  const { path } = await params
  const address = decodePathSegments(path)
  // A broken percent-escape names no page and no old link: a 404, not a URIError.
  if (address === null) return <NotFoundPage />
  return <MovedOrNotFound path={address} />
}
