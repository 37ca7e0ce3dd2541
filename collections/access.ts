import type { Access, PayloadRequest } from 'payload'

import { hasRole, type UserLike } from '../lib/model/roles'

/** The role rules, named once (the roles themselves: lib/model/roles.ts). */

const userOf = (req: PayloadRequest): UserLike => req.user as UserLike

export const anyone: Access = () => true
export const isLoggedIn: Access = ({ req }) => Boolean(req.user)
export const isAdmin: Access = ({ req }) => hasRole(userOf(req), 'admin')
/** Admins and editors: the people who run the studio's content. */
export const isStaff: Access = ({ req }) => hasRole(userOf(req), 'admin', 'editor')
/** Staff plus marketing: for the content marketing writes (articles, offerings). */
export const isStaffOrMarketing: Access = ({ req }) => hasRole(userOf(req), 'admin', 'editor', 'marketing')

/**
 * Visitors see published documents only; every signed-in role sees drafts too
 * (marketing previews them). Works for collections and globals with drafts.
 */
export const publishedOrLoggedIn: Access = ({ req }) => {
  if (req.user) return true
  return { _status: { equals: 'published' } }
}

/** Who may open /admin at all: any signed-in account. */
export const canUseAdmin = ({ req }: { req: PayloadRequest }): boolean => Boolean(req.user)

/** Admins see every account; everybody else only their own. */
export const isAdminOrSelf: Access = ({ req }) => {
  const user = req.user
  if (!user) return false
  if (hasRole(userOf(req), 'admin')) return true
  return { id: { equals: user.id } }
}
