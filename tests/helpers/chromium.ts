import { existsSync } from 'node:fs'

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export const CHROMIUM_INSTALL_HINT =
  'No Chromium found for the end-to-end tests. Install it (Debian/Ubuntu: `apt-get install chromium`; ' +
  'macOS: install Google Chrome) or point CHROME_PATH at a Chrome/Chromium binary.'

/** Chromium from CHROME_PATH or the Debian package; null when there is none. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
  return candidates.find((candidate): candidate is string => Boolean(candidate && existsSync(candidate))) ?? null
}
