/** Every disguise a browser would still run or open, from the issue and the usual cheat sheets. */
export const UNSAFE_URLS = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java&#x09;script:alert(1)',
  'java&#9;script:alert(1)',
  'javascript&colon;alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)',
  '\u0000javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example/path',
]

export const SAFE_URLS = ['https://bthemethod.com/book', 'http://example.com', 'mailto:hello@bthemethod.com', 'tel:+12125550100', '/studio', '/blog/hip?x=1#why', '#how-to']

/** A paragraph whose links carry unsafe addresses (as an old row or an import might), plus one safe link. */
export const UNSAFE_HREFS = ['javascript:alert(1)', 'data:text/html,<script>alert(2)</script>', 'vbscript:msgbox(3)', ' JaVa&#x09;ScRiPt:alert(4)']

const link = (url: string, label: string, type = 'link') => ({
  type,
  version: 3,
  fields: { url, linkType: 'custom', newTab: false },
  children: [{ type: 'text', text: label, version: 1, format: 0, detail: 0, mode: 'normal', style: '' }],
  direction: 'ltr',
  format: '',
  indent: 0,
})

export function unsafeLinksParagraph(safeUrl = 'https://example.com/safe', hrefs = UNSAFE_HREFS) {
  return {
    type: 'paragraph',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    textFormat: 0,
    children: [
      ...hrefs.map((url, index) => link(url, `unsafe link ${index + 1}`, index === 2 ? 'autolink' : 'link')),
      link(safeUrl, 'safe link'),
    ],
  }
}

/** No live link to any scheme that can run code or carry a page, in markup as a browser reads it. */
export const LIVE_UNSAFE_HREF = /href\s*=\s*["']?\s*(?:javascript|data|vbscript|java&#x0?9;script)/i
