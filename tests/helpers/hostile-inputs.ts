import fc from 'fast-check'

import { UNSAFE_URLS } from './unsafe-links'

/**
 * What the hostile-input suite sends: fast-check arbitraries for the inputs the issue
 * lists (over-long text, unicode and control characters, path traversal, markup,
 * unsafe link schemes, wrong types, huge and negative numbers) and for query strings.
 */

export const SCRIPT_MARKUP = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', '<a href="javascript:alert(1)">x</a>', '</title><script>alert(1)</script>']
export const TRAVERSAL = ['../../etc/passwd', '..%2f..%2fetc%2fpasswd', '..\\..\\windows\\win.ini', '%2e%2e/%2e%2e/', '/etc/passwd%00.jpg', '....//....//']

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...SCRIPT_MARKUP, ...TRAVERSAL, ...UNSAFE_URLS),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: fc.constantFrom('\u0000', '\u0007', '\b', '\t', '\n', '\r', '\u001b', '\u007f', '\u200b', '\u202e', '\ufeff', '\ud800', 'é', '𝔘'), minLength: 1, maxLength: 20 }),
  fc.constantFrom(161, 301, 1001, 20_000).map((length) => 'Ħ'.repeat(length)),
  fc.tuple(fc.constantFrom(...SCRIPT_MARKUP), fc.string({ maxLength: 10 })).map(([markup, text]) => `${text}${markup}${text}`),
)

export const HUGE_NUMBERS = [2 ** 31, 2 ** 53, -(2 ** 31) - 1, 1e20, 1e300, -1e300, -1, 0, 0.5, -0, Number.MAX_SAFE_INTEGER]

export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(...HUGE_NUMBERS, true, false, null, [], {}, [null], { $gt: '' }, { id: 1e20 }, [1e20]),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.integer()), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
)

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof({ weight: 3, arbitrary: hostileString }, { weight: 2, arbitrary: wrongType })

export const unsafeUrl = fc.oneof(fc.constantFrom(...UNSAFE_URLS), fc.tuple(fc.constantFrom('javascript', 'data', 'vbscript', 'JaVaScRiPt'), fc.constantFrom(':', '&colon;', '\t:', ':\n')).map(([scheme, colon]) => `${scheme}${colon}alert(1)`))

/** Bodies that are not JSON though they say so. */
export const malformedJson = fc.oneof(
  fc.constantFrom('{', '{"title": ', '{"title": "x",}', "{'title': 'x'}", 'undefined', 'NaN', '[', '\u0000', '{"a":1}{"b":2}', '{"title": "\\ud800"'),
  fc.string({ maxLength: 30 }).filter((text) => {
    try {
      JSON.parse(text)
      return false
    } catch {
      return true
    }
  }),
)

/** Multipart bodies that break the format: no closing boundary, wrong boundary, headers without a blank line. */
export const malformedMultipart = fc.constantFrom(
  '--x\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\n\r\nhello',
  'garbage without any boundary',
  '--y\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{}\r\n--y--\r\n',
  '--x\r\nContent-Disposition: form-data\r\n--x--',
)

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g
/** Percent-encoded as a browser would send it (a lone surrogate goes as U+FFFD). */
const asQueryText = (text: string) => encodeURIComponent(text.replace(LONE_SURROGATE, '\ufffd'))

/** A query-string value: numbers out of range, wrong types written as text, markup, NULs. */
export const queryValue: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('100', '100000', '-1', '0', '1e300', '99999999999999999999', 'abc', 'true', '', '%00', '[]', '{}', 'null', 'NaN', 'Infinity'),
  hostileString.map((text) => asQueryText(text.slice(0, 200))),
)

/** The list query strings a client can send to REST: depth, limit, page, sort, where, select, draft. */
export const listQuery: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.tuple(fc.constantFrom('depth', 'limit', 'page', 'sort', 'draft', 'locale', 'pagination', 'trash'), queryValue).map(([key, value]) => `${key}=${value}`),
      fc.constant('depth=100'),
      fc.constant('limit=100000'),
      fc
        .tuple(fc.constantFrom('id', 'title', 'slug', 'topics', 'publishedAt', 'name', 'and][0][id', 'nosuch'), fc.constantFrom('equals', 'in', 'like', 'contains', 'greater_than', 'exists', 'near', 'not_in'), queryValue)
        .map(([field, operator, value]) => `where[${field}][${operator}]=${value}`),
      fc.tuple(fc.constantFrom('title', 'slug', 'id'), queryValue).map(([field, value]) => `select[${field}]=${value}`),
      queryValue.map((value) => `where=${value}`),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((parts) => parts.join('&'))

/** An id segment: wrong type, out of range, traversal, broken escapes. */
export const idSegment: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('abc', '-1', '0', '1.5', '99999999999999999999', '2147483648', '1e3', '%E0%A4%A', '..%2F..%2Fetc%2Fpasswd', '%00', 'null', 'me', 'count', 'versions'),
  fc.string({ maxLength: 12 }).map(asQueryText),
)

/** What a client may put in an Idempotency-Key header, or none: a UUID, or any visible text, spaces and length included. */
export const idempotencyKey = fc.option(fc.oneof(fc.uuid(), fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength: 300 })), { nil: undefined })
