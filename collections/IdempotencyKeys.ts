import type { CollectionConfig } from 'payload'

import { IDEMPOTENCY_COLLECTION } from '../lib/server/idempotency-context'

const nobody = () => false

/**
 * The `Idempotency-Key` of each create an API client sent one with, stored in the same
 * transaction as the document it made: a client whose answer was lost (a restart between
 * COMMIT and reply) asks again with the same key and is told about that document instead
 * of making a second one (lib/server/idempotency.ts). Kept for a day; no one reads or
 * writes them but the server itself.
 */
export const IdempotencyKeys: CollectionConfig = {
  slug: IDEMPOTENCY_COLLECTION,
  admin: { hidden: true },
  graphQL: false,
  lockDocuments: false,
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'scope', type: 'text', required: true, unique: true, index: true },
    { name: 'requestHash', type: 'text', required: true },
    { name: 'collection', type: 'text', required: true },
    // Empty while the create that claimed the key is under way.
    { name: 'document', type: 'text' },
  ],
}
