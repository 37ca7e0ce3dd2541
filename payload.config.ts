import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Media, MAX_UPLOAD_BYTES } from './collections/Media'
import { Studio } from './collections/globals/Studio'
import { Users } from './collections/Users'
import { migrations } from './migrations'

const dirname = path.dirname(fileURLToPath(import.meta.url))

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
  },
  collections: [Users, Media],
  globals: [Studio],
  editor: lexicalEditor(),
  secret: process.env.PAYLOAD_SECRET || '',
  serverURL: process.env.NEXT_PUBLIC_SERVER_URL || '',
  db: postgresAdapter({
    pool: { connectionString: process.env.DATABASE_URL },
    // Every schema change goes through a committed migration.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
    // Production servers (including the Docker image) apply pending migrations on start.
    prodMigrations: migrations,
  }),
  sharp,
  upload: { limits: { fileSize: MAX_UPLOAD_BYTES } },
  telemetry: false,
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
  },
  graphQL: {
    disablePlaygroundInProduction: true,
  },
})
