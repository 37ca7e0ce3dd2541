import { unsafeUrlReason } from '../model/safe-url'
import type { LexicalNode } from '../richtext/build'

type Node = LexicalNode & { children?: Node[] }
type LinkFields = { url?: string; newTab?: boolean; linkType?: string }
const fieldsOf = (node: Node) => (node as { fields?: LinkFields }).fields

/**
 * Links whose address may not be stored (javascript:, data:, vbscript: …) are unwrapped:
 * the words stay, the link goes. Returns the addresses removed, for the import report.
 */
export function dropUnsafeLinks(nodes: Node[]): string[] {
  const removed: string[] = []
  const clean = (list: Node[]): Node[] =>
    list.flatMap((node) => {
      const children = node.children ? clean(node.children) : undefined
      const fields = fieldsOf(node)
      if ((node.type === 'link' || node.type === 'autolink') && fields?.linkType !== 'internal' && unsafeUrlReason(fields?.url)) {
        removed.push(fields?.url ?? '')
        return children ?? []
      }
      return children ? [{ ...node, children }] : [node]
    })
  const cleaned = clean(nodes)
  nodes.splice(0, nodes.length, ...cleaned)
  return removed
}

const OLD_BLOG_PATH = /^\/blogs\/[^/?#]+\/([^/?#]+)\/?(?:[?#].*)?$/

/** Links to posts of the old blog point to their new address under /blog/. */
export function rewriteOldBlogLinks(nodes: Node[], oldHost?: string): number {
  let count = 0
  const walk = (node: Node) => {
    if (node.type === 'link') {
      const fields = (node as { fields?: { url?: string; newTab?: boolean } }).fields
      const url = fields?.url
      if (url) {
        let pathname: string | null = url.startsWith('/') ? url : null
        if (!pathname && oldHost) {
          try {
            const parsed = new URL(url)
            if (parsed.host === oldHost) pathname = parsed.pathname
          } catch {
            // not a URL we can read: leave it
          }
        }
        const match = pathname ? OLD_BLOG_PATH.exec(pathname) : null
        if (match && fields) {
          fields.url = `/blog/${match[1]}`
          fields.newTab = false
          count++
        }
      }
    }
    node.children?.forEach(walk)
  }
  nodes.forEach(walk)
  return count
}

