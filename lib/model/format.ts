/** Formatting for what visitors read: prices, dates, durations. One locale for the site. */
import { dateTimeFormat, numberFormat } from './intl'

export const SITE_LOCALE = 'en-US'

/** 2500 USD -> "$25", 2550 USD -> "$25.50"; minor units follow the currency (JPY has none). */
export function formatPrice(amountMinor: number, currency: string, locale = SITE_LOCALE): string {
  const digits = numberFormat(locale, { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  const amount = amountMinor / 10 ** digits
  const whole = Number.isInteger(amount)
  return numberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: whole ? 0 : digits,
    maximumFractionDigits: digits,
  }).format(amount)
}

const PERIOD_SUFFIX: Record<string, string> = { week: '/ week', month: '/ month', year: '/ year' }

export function billingSuffix(period: string | null | undefined): string {
  return (period && PERIOD_SUFFIX[period]) || ''
}

export function formatDate(iso: string | null | undefined, locale = SITE_LOCALE): string {
  if (!iso) return ''
  return dateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(iso))
}

export function formatMinutes(minutes: number): string {
  return minutes === 1 ? '1 min' : `${minutes} min`
}
