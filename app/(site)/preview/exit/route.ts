import { draftMode } from 'next/headers'

import { privateRedirect } from '@/lib/preview/draft-mode'
import { safeInternalPath } from '@/lib/preview/preview-url'

export const dynamic = 'force-dynamic'

/** Ends draft mode and goes back to the same page as visitors see it. */
export async function GET(request: Request) {
  ;(await draftMode()).disable()
  return privateRedirect(safeInternalPath(new URL(request.url).searchParams.get('path')) ?? '/')
}
