// What lets a window carry English only and pre-parsed messages (build/lazy-catalogues.ts): a message without
// ICU syntax is shown as written, and a language is switched to only once its catalogue is here.
import { IntlMessageFormat } from 'intl-messageformat'
import { describe, expect, it } from 'vitest'
import { CATALOGUES, hasCatalogue, LOCALES, loadLocale, setLocale, t } from '../../shared/i18n/index.ts'

describe('messages without ICU syntax', () => {
  for (const locale of LOCALES) {
    it(`read in ${locale} exactly as ICU formats them, so they need neither parser nor formatter`, () => {
      const plain = Object.entries(CATALOGUES[locale]).filter(([, text]) => !/[{}']/.test(text))
      expect(plain.length).toBeGreaterThan(100)
      for (const [key, text] of plain) {
        expect(new IntlMessageFormat(text, locale, undefined, { ignoreTag: true }).format(), key).toBe(text)
      }
    })
  }
})

describe('loading a language', () => {
  it('holds every language in this process, and switching to one formats in it', async () => {
    for (const locale of LOCALES) {
      await loadLocale(locale)
      expect(hasCatalogue(locale)).toBe(true)
    }
    setLocale('de', 'de-DE')
    expect(t('checklist.heading')).toBe(CATALOGUES.de['checklist.heading'])
    setLocale('en', 'en-GB')
    expect(t('checklist.progress', { done: 1, total: 3 })).toBe('1 of 3 done')
  })
})
