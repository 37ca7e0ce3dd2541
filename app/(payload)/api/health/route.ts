/** The older address of the readiness check, kept for existing monitors. */
export const dynamic = 'force-dynamic'
export { GET } from './ready/route'
