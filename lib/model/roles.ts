/**
 * The roles an account can have. admin (everything), editor (studio staff: all content),
 * marketing (previews everything, edits articles and offerings). The access rules built
 * on them live in collections/access.ts.
 */
export const ROLES = ['admin', 'editor', 'marketing'] as const
export type Role = (typeof ROLES)[number]

export type UserLike = { role?: Role | null } | null | undefined

export const hasRole = (user: UserLike, ...roles: Role[]): boolean =>
  Boolean(user?.role && roles.includes(user.role))
