/**
 * The two forms of a page Next sends: the markup, and the React payload it inlines for
 * hydration (`self.__next_f.push([1, "…"])` scripts), decoded.
 */
export function inlinedPayload(html: string): string {
  return [...html.matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g)].map((match) => JSON.parse(match[1]!) as string).join('')
}

export function markupOnly(html: string): string {
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
}
