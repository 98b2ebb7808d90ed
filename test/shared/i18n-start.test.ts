// The text layer before anyone has chosen a language: a fresh module, so nothing else in this file may run first.
import { describe, expect, it } from 'vitest'
import {
  currentLocale,
  currentTag,
  formatLongDate,
  formatTime,
  onLocaleChange,
  setLocale,
  t,
} from '../../shared/i18n/index.ts'

describe('before a language is chosen', () => {
  it('speaks English with British formats and the locale’s own clock, and choosing just that tells no one', () => {
    expect(currentLocale()).toBe('en')
    expect(currentTag()).toBe('en-GB')
    expect(t('app.name')).toBe('Eventide')
    expect(formatLongDate('2026-11-24')).toBe('24 Nov 2026')
    expect(formatTime('22:30')).toBe('22:30')
    let heard = 0
    const stop = onLocaleChange(() => {
      heard += 1
    })
    setLocale('en', 'en-GB', 'system')
    expect(heard).toBe(0)
    stop()
  })
})
