// Every language's catalogue at once: what the main process and the tests read. The renderer's build swaps
// this module for one holding English only and fetching German or Spanish on demand, pre-parsed
// (build/lazy-catalogues.ts), so a window carries neither the other languages nor the ICU parser.
import { de } from './de.ts'
import { en, type MessageKey } from './en.ts'
import { es } from './es.ts'

export const CATALOGUES = { en, de, es } satisfies Record<string, Record<MessageKey, string>>

/** English messages left out of a window's first chunk (view-keys.ts); here none are, so this is empty. */
export function loadEnglishViews(): Promise<Partial<Record<MessageKey, string>>> {
  return Promise.resolve({})
}

/** A catalogue this module did not load up front; here every one is, so this never fetches. */
export function loadCatalogue(locale: keyof typeof CATALOGUES): Promise<Record<MessageKey, string>> {
  return Promise.resolve(CATALOGUES[locale])
}
