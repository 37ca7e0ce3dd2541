import { notFound } from 'next/navigation'

import { redirectOrNotFound } from '@/lib/content/redirects'
import { decodePathSegments } from '@/lib/model/site-path'

type Props = { params: Promise<{ path: string[] }> }

/** Any address no route knows: an old link (e.g. from the previous shop's blog) is forwarded, the rest is a 404. */
export default async function UnmatchedPath({ params }: Props) {
  const { path } = await params
  const address = decodePathSegments(path)
  // A broken percent-escape names no page and no old link: a 404, not a URIError.
  if (address === null) notFound()
  return redirectOrNotFound(address)
}
