import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { safeInternalPath } from '@/lib/preview/preview-url'

export const dynamic = 'force-dynamic'

/** Ends draft mode and goes back to the same page as visitors see it. */
export async function GET(request: Request) {
  ;(await draftMode()).disable()
  redirect(safeInternalPath(new URL(request.url).searchParams.get('path')) ?? '/')
}
