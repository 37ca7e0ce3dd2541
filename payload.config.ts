import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Articles } from './collections/Articles'
import { Classes } from './collections/Classes'
import { Exercises } from './collections/Exercises'
import { Footer } from './collections/globals/Footer'
import { Header } from './collections/globals/Header'
import { Studio } from './collections/globals/Studio'
import { Instructors } from './collections/Instructors'
import { Locations } from './collections/Locations'
import { Media } from './collections/Media'
import { Offerings } from './collections/Offerings'
import { Routines } from './collections/Routines'
import { PreviewLinks } from './collections/PreviewLinks'
import { Sessions } from './collections/Sessions'
import { Topics } from './collections/Topics'
import { Users } from './collections/Users'
import { LOGIN_FAILED_MESSAGE, lockoutLooksLikeFailedLogin } from './collections/login-hardening'
import { MAX_UPLOAD_BYTES } from './lib/model/limits'
import { installAfterCommit } from './lib/server/after-commit'
import { graphqlValidationRules } from './lib/server/graphql-limits'
import { trustedOrigins } from './lib/server/site-url'
import { survivePoolErrors } from './lib/server/db-errors'
import { serverEnv } from './lib/server/env'
import { mediaStorage } from './lib/server/media-storage'
import { migrations } from './migrations'
import { redirects } from './collections/plugins/redirects'
import { search } from './collections/plugins/search'
import { seo } from './collections/plugins/seo'
import { withScheduledPublishRetries } from './collections/plugins/scheduled-publish-retries'
import { databaseUnavailableIs503 } from './collections/hooks/databaseUnavailable'
import { withIdempotencyKeys } from './collections/hooks/idempotency'
import { keepRefusalDetails } from './collections/hooks/refusalDetails'
import { guardEveryOperation } from './collections/hooks/inputGuard'
import { IdempotencyKeys } from './collections/IdempotencyKeys'
import { PREVIEW_COLLECTIONS, PREVIEW_GLOBALS, previewPathFor, previewUrl } from './lib/preview/preview-url'

const dirname = path.dirname(fileURLToPath(import.meta.url))
// Checked once when the config loads: a bad value names itself here, not on a request.
const env = serverEnv()

export default buildConfig({
  admin: {
    user: Users.slug,
    // The default avatar is drawn locally; Gravatar would call the internet.
    avatar: 'default',
    importMap: {
      baseDir: dirname,
      importMapFile: path.resolve(dirname, 'app/(payload)/admin/importMap.js'),
    },
    meta: { titleSuffix: ' | B The Method admin' },
    // The "Import posts" view (lib/import) and its link in the sidebar.
    components: {
      afterNavLinks: ['/components/admin/ImportNavLink#ImportNavLink'],
      views: { importPosts: { Component: '/components/admin/ImportView#ImportView', path: '/import' } },
    },
    // Side-by-side preview of the real page while editing; it re-renders on every save.
    livePreview: {
      collections: [...PREVIEW_COLLECTIONS],
      globals: [...PREVIEW_GLOBALS],
      url: ({ data, collectionConfig, globalConfig }) => {
        const path = previewPathFor(collectionConfig?.slug ?? globalConfig?.slug ?? '', data)
        return path ? previewUrl(path) : null
      },
      breakpoints: [
        { name: 'mobile', label: 'Mobile', width: 390, height: 844 },
        { name: 'tablet', label: 'Tablet', width: 820, height: 1180 },
        { name: 'desktop', label: 'Desktop', width: 1440, height: 900 },
      ],
    },
  },
  collections: [Articles, Exercises, Routines, Topics, Classes, Sessions, Offerings, Locations, Instructors, Media, PreviewLinks, Users],
  globals: [Studio, Header, Footer],
  // The input guard and the Idempotency-Key hook go last so that they also cover the plugins' collections.
  plugins: [seo, redirects, search, ...mediaStorage(env.s3), withIdempotencyKeys(IdempotencyKeys), guardEveryOperation],
  onInit: (payload) => {
    // Cached pages are expired after a write commits, not inside its transaction.
    installAfterCommit(payload)
    // A dropped database connection is logged and replaced, never a crash.
    survivePoolErrors(payload)
  },
  editor: lexicalEditor(),
  secret: env.payloadSecret ?? '',
  serverURL: env.serverUrl ?? '',
  // The login cookie counts only on requests from the site's own pages (CSRF); browsers
  // may read the API from those origins alone (lib/server/site-url.ts).
  csrf: trustedOrigins(),
  cors: trustedOrigins(),
  // One answer for every failed login (collections/login-hardening.ts).
  i18n: { translations: { en: { error: { emailOrPasswordIncorrect: LOGIN_FAILED_MESSAGE, userLocked: LOGIN_FAILED_MESSAGE } } } },
  hooks: { afterError: [keepRefusalDetails, lockoutLooksLikeFailedLogin, databaseUnavailableIs503] },
  db: postgresAdapter({
    // A database that does not answer fails a request in 2 s instead of holding it.
    pool: { connectionString: env.databaseUrl, connectionTimeoutMillis: 2000 },
    // Reads (find, count, findGlobal) go to a replica; writes and transactions to the primary.
    readReplicas: env.readReplicaUrls.length ? env.readReplicaUrls : undefined,
    // Every schema change goes through a committed migration.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
    // Production servers (including the Docker image) apply pending migrations on start.
    prodMigrations: migrations,
  }),
  sharp,
  upload: { limits: { fileSize: MAX_UPLOAD_BYTES } },
  // How deep relationships are filled in, at most (Payload's default is 10). Each level repeats
  // every related document's own relationships: on the demo content `GET /api/exercises?depth=10`
  // took 39 s and then failed, a response too large for one string (depth 6: 35 MB). The site
  // reads at depth 2 at most, the admin at 0 or 1.
  maxDepth: 2,
  telemetry: false,
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
    // `npm run generate` writes the committed types; a child process per start (scripts,
    // dev) only slowed every command by two seconds.
    autoGenerate: false,
  },
  graphQL: {
    // Production: no playground (the route answers 404) and no introspection.
    disablePlaygroundInProduction: true,
    disableIntrospectionInProduction: true,
    // Depth, aliases, cost and directives per request (lib/server/graphql-limits.ts); the
    // token limit and the 400 for refused requests are in the route (lib/server/graphql-guard.ts).
    validationRules: graphqlValidationRules,
  },
}).then(withScheduledPublishRetries)
