import { describe, expect, it } from '@jest/globals'

import { safeHref, unsafeRichTextLinks, unsafeUrlReason } from '@/lib/model/safe-url'
import { editorState, paragraph } from '@/lib/richtext/build'

import { SAFE_URLS, UNSAFE_URLS } from '../helpers/unsafe-links'

describe('link addresses', () => {
  it.each(UNSAFE_URLS)('refuses %j with a reason', (url) => {
    expect(unsafeUrlReason(url)).toMatch(/not allowed|another site/)
    expect(safeHref(url)).toBeNull()
  })

  it.each(SAFE_URLS)('accepts %j', (url) => {
    expect(unsafeUrlReason(url)).toBeNull()
    expect(safeHref(url)).toBe(url)
  })

  it('names the scheme in the reason', () => {
    expect(unsafeUrlReason('java&#x09;script:alert(1)')).toMatch(/^javascript: links are not allowed/)
    expect(unsafeUrlReason('data:text/html,x')).toMatch(/^data:/)
  })

  it('finds unsafe links and autolinks anywhere in rich text, and leaves internal links alone', () => {
    const link = (url: string, type = 'link', linkType = 'custom') => ({
      type,
      version: 1,
      fields: { url, linkType, newTab: false },
      children: [{ type: 'text', text: `to ${url}`, version: 1, format: 0 }],
    })
    const state = editorState([
      { ...paragraph('Intro'), children: [link('https://ok.example'), link('javascript:alert(1)'), link('vbscript:x', 'autolink')] },
      { type: 'list', version: 1, children: [{ type: 'listitem', version: 1, children: [link('data:text/html,x')] }] },
      { ...paragraph(''), children: [link('javascript:ignored', 'link', 'internal')] },
    ] as never)
    expect(unsafeRichTextLinks(state).map((found) => found.url)).toEqual(['javascript:alert(1)', 'vbscript:x', 'data:text/html,x'])
    expect(unsafeRichTextLinks(state)[0].text).toBe('to javascript:alert(1)')
  })
})
