// The renderer's side of the text layer: string modules read the shared catalogue through getters, so the
// same object (strings.checklist.heading) gives the current language each time a view renders.
import { useSyncExternalStore } from 'react'
import {
  type ClockChoice,
  currentTag,
  type LanguageChoice,
  type MessageKey,
  onLocaleChange,
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

/** Follows the person's choices from the snapshot (absent: the system's); call on every snapshot. */
export function followLanguage(language: LanguageChoice | undefined, clock: ClockChoice | undefined): void {
  setLocale(language, systemLanguage(), clock)
}

/** Re-renders the caller when the language or clock changes; returns a value that changes with them. */
export function useLocaleVersion(): string {
  return useSyncExternalStore(onLocaleChange, () => `${currentTag()}|${uses12Hour()}`)
}
