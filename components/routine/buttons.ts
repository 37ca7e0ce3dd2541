/** The site's button looks (see components/ui/ButtonLink.tsx), for real <button>s. */
const base =
  'inline-flex min-h-11 items-center justify-center gap-2 rounded-full px-6 py-2.5 text-sm font-semibold motion-safe:transition-colors disabled:cursor-not-allowed disabled:opacity-50'

export const buttonStyles = {
  primary: `${base} bg-clay-dark text-sand-50 hover:bg-clay`,
  secondary: `${base} border border-ink/20 bg-transparent text-ink hover:border-ink/50`,
  quiet: `${base} text-ink-muted underline-offset-4 hover:text-ink hover:underline`,
} as const
