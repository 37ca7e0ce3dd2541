import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter, SetStepNav } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { hasRole } from '@/lib/model/roles'
import { MAX_IMPORT_FILES, MAX_IMPORT_REQUEST_BYTES } from '@/lib/import/endpoint'
import type { User } from '@/payload-types'

import { ImportForm } from './ImportForm'

/** /admin/import: editors upload saved blog posts (or paste one) and get drafts and a report. */
export function ImportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { routes } = req.payload.config
  const user = req.user as User | null
  if (!user) redirect(`${routes.admin}/login?redirect=${encodeURIComponent(`${routes.admin}/import`)}`)
  const allowed = hasRole(user, 'admin', 'editor', 'marketing')

  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <SetStepNav nav={[{ label: 'Import posts' }]} />
      <Gutter className="import-view">
        <h1 style={{ margin: 'calc(var(--base) * 1.5) 0 calc(var(--base) / 2)' }}>Import posts from the old blog</h1>
        <p style={{ maxWidth: '62ch', color: 'var(--theme-elevation-650)' }}>
          Choose saved article pages (.html), Markdown files (.md) or text copied from a post (.txt), with the images
          they use, or paste one post below. Every post becomes a <strong>draft</strong> with an import note; nothing
          is published. Importing the same post again updates its draft; articles already published are never changed.
        </p>
        {allowed ? (
          <ImportForm
            apiRoute={routes.api}
            adminRoute={routes.admin}
            maxFiles={MAX_IMPORT_FILES}
            maxMegabytes={MAX_IMPORT_REQUEST_BYTES / 1024 / 1024}
          />
        ) : (
          <p>Only studio staff and marketing can import posts.</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
