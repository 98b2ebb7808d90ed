// Finds and launches Debian's Chromium. Missing outside CI: a loud skip with the reason; under CI=true: a failure.
import { accessSync, constants } from 'node:fs'
import { type Browser, chromium } from 'playwright-core'

export const CHROMIUM_PATH = process.env.EVENTIDE_CHROMIUM ?? '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export const isCI = process.env.CI === 'true'

/** Null when Chromium can be launched, otherwise why not. */
export function chromiumMissing(): string | null {
  try {
    accessSync(CHROMIUM_PATH, constants.X_OK)
    return null
  } catch {
    return `Chromium not found at ${CHROMIUM_PATH} (install Debian's "chromium" package, or set EVENTIDE_CHROMIUM)`
  }
}

/**
 * Decides whether the browser tier runs. Outside CI a missing Chromium is a loud, named skip; under CI=true
 * the tier never skips, so launching fails with the reason instead.
 */
export function browserTierSkip(tier: string): string | null {
  const missing = chromiumMissing()
  if (!missing || isCI) return null
  const bar = '!'.repeat(78)
  console.warn(
    `\n${bar}\n!! ${tier} SKIPPED: ${missing}\n!! Under CI=true this tier fails instead.\n${bar}\n`,
  )
  return missing
}

export async function launchChromium(): Promise<Browser> {
  const missing = chromiumMissing()
  if (missing) throw new Error(`The browser tier must run${isCI ? ' under CI=true' : ''}: ${missing}`)
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
}
