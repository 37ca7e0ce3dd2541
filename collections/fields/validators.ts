/** Field validators shared by several collections. Each returns true or a sentence that names the problem. */

type Optional<T> = T | null | undefined

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function validateSlug(value: Optional<string>): true | string {
  if (!value) return 'A slug is required (it is made from the title when left empty).'
  if (value.length > 120) return 'Keep the slug under 120 characters.'
  return SLUG_PATTERN.test(value)
    ? true
    : 'Use lowercase letters, digits and single hyphens only, e.g. "hip-mobility-basics".'
}

export function validateHttpsUrl(value: Optional<string>, { required = false } = {}): true | string {
  if (!value) return required ? 'A link is required.' : true
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return `"${value}" is not a valid URL: use a full address such as https://example.com/book.`
  }
  if (url.protocol !== 'https:') return 'Use a secure https:// address.'
  return true
}

/** Site-relative paths ("/studio"), https links, mailto: and tel: links. */
export function validateLinkUrl(value: Optional<string>): true | string {
  if (!value) return 'A URL is required for a custom link.'
  if (value.startsWith('/') && !value.startsWith('//')) return true
  if (/^mailto:[^@\s]+@[^@\s]+$/.test(value) || /^tel:\+?[0-9 ()-]{5,}$/.test(value)) return true
  return validateHttpsUrl(value, { required: true })
}

export function isValidTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value })
    return value.includes('/') || value === 'UTC'
  } catch {
    return false
  }
}

export function validateTimeZone(value: Optional<string>): true | string {
  if (!value) return 'A time zone is required, e.g. "America/New_York".'
  return isValidTimeZone(value) ? true : `"${value}" is not an IANA time zone; use a name such as "Europe/London".`
}

export function isValidCurrency(value: string): boolean {
  if (!/^[A-Z]{3}$/.test(value)) return false
  const supported = (Intl as unknown as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf
  return supported ? supported('currency').includes(value) : true
}
