/**
 * Intl formatters, made once per locale and options. Building one costs far more than
 * formatting with it (a draft article render spent 0.6 ms building date formatters), and
 * the timetable formats a time for every session it shows.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>()

function memoized<T extends Intl.DateTimeFormat | Intl.NumberFormat>(kind: string, locale: string, options: object, make: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`
  let formatter = formatters.get(key) as T | undefined
  if (!formatter) {
    formatter = make()
    formatters.set(key, formatter)
  }
  return formatter
}

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return memoized('date', locale, options, () => new Intl.DateTimeFormat(locale, options))
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return memoized('number', locale, options, () => new Intl.NumberFormat(locale, options))
}
