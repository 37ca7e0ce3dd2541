import { redirectOrNotFound } from '@/lib/content/redirects'

type Props = { params: Promise<{ path: string[] }> }

/** Any address no route knows: an old link (e.g. from the previous shop's blog) is forwarded, the rest is a 404. */
export default async function UnmatchedPath({ params }: Props) {
  const { path } = await params
  return redirectOrNotFound(`/${path.map((segment) => decodeURIComponent(segment)).join('/')}`)
}
