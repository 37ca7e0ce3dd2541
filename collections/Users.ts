import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, CollectionConfig } from 'payload'
import { APIError, ValidationError } from 'payload'

import { hasRole, ROLES, type Role } from '../lib/model/roles'
import { canUseAdmin, isAdmin, isAdminOrSelf, isLoggedIn } from './access'
import { sameTimeForEveryFailure, usersAuth } from './login-hardening'

const roleLabels: Record<Role, string> = {
  admin: 'Admin',
  editor: 'Editor (studio staff)',
  marketing: 'Marketing',
}

/** The very first account on a fresh install runs the place. */
const makeFirstUserAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  if (totalDocs === 0) return { ...data, role: 'admin' }
  return data
}

/** Only admins change roles, and nobody may raise their own. */
const guardRoleChanges: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || data.role === undefined || data.role === originalDoc?.role) return data
  // Scripts and seeds run without a user and with overrideAccess.
  if (!req.user) return data
  const isSelf = String(req.user.id) === String(originalDoc?.id)
  if (!hasRole(req.user, 'admin') || isSelf) {
    throw new ValidationError({
      collection: 'users',
      errors: [
        {
          path: 'role',
          message: isSelf
            ? 'You cannot change your own role. Ask another admin.'
            : 'Only admins can change roles.',
        },
      ],
    })
  }
  return data
}

async function countOtherAdmins(req: Parameters<CollectionBeforeDeleteHook>[0]['req'], id: number | string) {
  const { totalDocs } = await req.payload.count({
    collection: 'users',
    overrideAccess: true,
    req,
    where: { and: [{ role: { equals: 'admin' } }, { id: { not_equals: id } }] },
  })
  return totalDocs
}

const keepOneAdminOnDemotion: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || originalDoc?.role !== 'admin') return data
  if (data.role === undefined || data.role === 'admin') return data
  if ((await countOtherAdmins(req, originalDoc.id)) === 0) {
    throw new ValidationError({
      collection: 'users',
      errors: [{ path: 'role', message: 'This is the last admin: make someone else an admin first.' }],
    })
  }
  return data
}

const keepOneAdminOnDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const user = await req.payload.findByID({ collection: 'users', id, overrideAccess: true, req, depth: 0 })
  if (user?.role === 'admin' && (await countOtherAdmins(req, id)) === 0) {
    throw new APIError('The last admin cannot be deleted: make someone else an admin first.', 400, null, true)
  }
}

export const Users: CollectionConfig = {
  slug: 'users',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role'],
    group: 'Settings',
  },
  // Lockout after failed logins, cookie flags: collections/login-hardening.ts.
  auth: usersAuth,
  access: {
    admin: canUseAdmin,
    create: isAdmin,
    // Staff see each other (authors, who changed what); visitors never see an account.
    read: isLoggedIn,
    update: isAdminOrSelf,
    delete: isAdmin,
  },
  hooks: {
    beforeOperation: [sameTimeForEveryFailure],
    beforeChange: [makeFirstUserAdmin, guardRoleChanges, keepOneAdminOnDemotion],
    beforeDelete: [keepOneAdminOnDelete],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      admin: { description: 'Shown on the site as the author of articles.' },
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      options: ROLES.map((value) => ({ value, label: roleLabels[value] })),
      admin: {
        position: 'sidebar',
        description: 'Admins manage people; editors run all content; marketing previews and edits articles and offerings.',
      },
    },
  ],
}
