import type { ReactNode } from 'react'

/** The page's readable width and side padding, used by every section. */
export function Container({ children, className = '' }: { children: ReactNode; className?: string }) {
  return <div className={className ? `page-width ${className}` : 'page-width'}>{children}</div>
}
