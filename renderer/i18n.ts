// The renderer's side of the text layer: string modules read the shared catalogue through getters, so the
// same object (strings.checklist.heading) gives the current language each time a view renders.
import { useSyncExternalStore } from 'react'
import {
  type ClockChoice,
  currentTag,
  hasCatalogue,
  type LanguageChoice,
  loadLocale,
  type MessageKey,
  onLocaleChange,
  resolveLocale,
  setLocale,
  t,
  uses12Hour,
} from '../shared/i18n/index.ts'

/** An object whose listed properties read catalogue keys on every access, merged onto `extra`. */
export function fromCatalogue<K extends Record<string, MessageKey>, F extends object = Record<never, never>>(
  keys: K,
  extra?: F,
): F & { readonly [P in keyof K]: string } {
  const out = (extra ?? {}) as F & { readonly [P in keyof K]: string }
  for (const [name, key] of Object.entries(keys)) {
    Object.defineProperty(out, name, { get: () => t(key), enumerable: true })
  }
  return out
}

/** The system's language as the renderer sees it (main's app.getLocale() is the same on every platform). */
export function systemLanguage(): string {
  return typeof navigator === 'undefined' ? 'en' : navigator.language || 'en'
}

let latestChoice = 0

/**
 * Follows the person's choices from the snapshot (absent: the system's); call on every snapshot. A window
 * holds English only: another language switches once its chunk arrives, at once when it is already here.
 * Only the latest choice is applied, so a slow fetch cannot undo a newer choice.
 */
export function followLanguage(
  language: LanguageChoice | undefined,
  clock: ClockChoice | undefined,
): Promise<void> {
  const system = systemLanguage()
  const choice = ++latestChoice
  const locale = resolveLocale(language, system)
  if (hasCatalogue(locale)) {
    setLocale(language, system, clock)
    return Promise.resolve()
  }
  return loadLocale(locale).then(() => {
    if (choice === latestChoice) setLocale(language, system, clock)
  })
}

/** Re-renders the caller when the language or clock changes; returns a value that changes with them. */
export function useLocaleVersion(): string {
  return useSyncExternalStore(onLocaleChange, () => `${currentTag()}|${uses12Hour()}`)
}

/** Puts the language in use on <html lang>, so screen readers pronounce it; writes only a change. */
export function showLanguage(tag: string = currentTag()): void {
  const root = document.documentElement
  if (root.lang !== tag) root.lang = tag
}
