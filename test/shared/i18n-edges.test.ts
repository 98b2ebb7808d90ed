// The text layer's promises beyond the catalogue itself: which region formats when the system speaks another
// language, who hears a change, what a missing message says, and the month, weekday, number and list formats.
import { afterEach, describe, expect, it } from 'vitest'
import { CATALOGUES, loadCatalogue, loadEnglishViews } from '../../shared/i18n/catalogues.ts'
import {
  currentLocale,
  currentTag,
  formatList,
  formatLongDate,
  formatMonth,
  formatNumber,
  formatTime,
  formatWeekday,
  loadLocale,
  loadViewMessages,
  type MessageKey,
  onLocaleChange,
  setLocale,
  t,
} from '../../shared/i18n/index.ts'
import { isViewOnlyKey } from '../../shared/i18n/view-keys.ts'

afterEach(() => {
  setLocale('en', 'en-GB', 'system')
})

describe('the region used for formats', () => {
  it('is the language’s default when the system speaks another language', () => {
    expect(setLocale('de', 'en-US')).toBe('de')
    expect(currentTag()).toBe('de-DE')
    expect(formatLongDate('2026-11-24')).toBe('24. Nov. 2026')
    setLocale('es', 'en-US')
    expect(currentTag()).toBe('es-ES')
    setLocale('en', 'de-DE')
    expect(currentTag()).toBe('en-GB')
  })

  it('is the system’s own when it speaks the chosen language, with an underscore read as a hyphen', () => {
    setLocale('system', 'es_MX')
    expect(currentLocale()).toBe('es')
    expect(currentTag()).toBe('es-MX')
    setLocale('en', 'en-US')
    expect(currentTag()).toBe('en-US')
  })

  it('is the default when the system’s tag is malformed', () => {
    setLocale('en', 'en-US.UTF-8')
    expect(currentTag()).toBe('en-GB')
  })

  it('gives an American system its 12-hour clock when no clock is chosen', () => {
    setLocale('en', 'en-US')
    expect(formatTime('22:30').replace(/\s/g, ' ')).toBe('10:30 PM')
    setLocale('en', 'en-US', undefined)
    expect(formatTime('07:05').replace(/\s/g, ' ')).toBe('7:05 AM')
  })
})

describe('hearing a change of language or clock', () => {
  it('tells listeners about a new language, region or clock, and nothing when nothing changed', () => {
    setLocale('en', 'en-GB', '24h')
    const heard: string[] = []
    const stop = onLocaleChange(() => heard.push(`${currentLocale()} ${currentTag()}`))
    setLocale('en', 'en-GB', '24h')
    expect(heard).toEqual([])
    setLocale('en', 'en-US', '24h')
    setLocale('en', 'en-US', '12h')
    setLocale('de', 'en-US', '12h')
    expect(heard).toEqual(['en en-US', 'en en-US', 'de de-DE'])
    stop()
    setLocale('es', 'es-ES', '12h')
    expect(heard).toHaveLength(3)
  })
})

describe('messages', () => {
  it('a key missing from the catalogue is an error naming the key and the language', () => {
    setLocale('de', 'de-DE')
    expect(() => t('no.such.key' as MessageKey)).toThrow('t: no message "no.such.key" in the de catalogue')
  })

  it('a message with placeholders asked for without values fails, instead of repeating earlier values', () => {
    expect(t('checklist.progress', { done: 1, total: 3 })).toBe('1 of 3 done')
    expect(() => t('checklist.progress')).toThrow(/done/)
    expect(t('checklist.progress', { done: 2, total: 3 })).toBe('2 of 3 done')
  })

  it('every language and the views’ messages are here in this process, so loading them keeps English whole', async () => {
    const pending = loadLocale('de')
    expect(pending).toBeInstanceOf(Promise)
    await pending
    const views = loadViewMessages()
    expect(views).toBeInstanceOf(Promise)
    expect(loadViewMessages()).toBe(views)
    await views
    expect(t('app.name')).toBe('Eventide')
    expect(t('checklist.progress', { done: 1, total: 2 })).toBe('1 of 2 done')
    await expect(loadCatalogue('de')).resolves.toBe(CATALOGUES.de)
    await expect(loadEnglishViews()).resolves.toEqual({})
  })
})

describe('dates, numbers and lists', () => {
  it('writes a date with its year without commas, in the region’s order', () => {
    expect(formatLongDate('2026-11-24')).toBe('24 Nov 2026')
    setLocale('en', 'en-US')
    expect(formatLongDate('2026-11-24')).toBe('Nov 24 2026')
  })

  it('names the month with its year, and the weekday in short', () => {
    expect(formatMonth('2026-11-24')).toBe('November 2026')
    expect(formatWeekday('2026-11-24')).toBe('Tue')
    setLocale('es', 'es-ES')
    expect(formatMonth('2026-11-24T23:30:00-08:00')).toBe('noviembre de 2026')
    setLocale('de', 'de-DE')
    expect(formatWeekday('2026-11-29')).toMatch(/^So\.?$/)
  })

  it('leaves text that holds no time as it came', () => {
    expect(formatTime('soon')).toBe('soon')
    expect(formatTime('2026-11-24')).toBe('2026-11-24')
  })

  it('offers a choice with the language’s "or"', () => {
    expect(formatList(['a', 'b', 'c'], 'disjunction')).toBe('a, b or c')
    setLocale('de', 'de-DE')
    expect(formatList(['a', 'b'], 'disjunction')).toBe('a oder b')
  })

  it('writes numbers with the language’s decimal mark and one decimal unless told otherwise', () => {
    expect(formatNumber(4.56)).toBe('4.6')
    expect(formatNumber(4.567, 2)).toBe('4.57')
    setLocale('de', 'de-DE')
    expect(formatNumber(4.5)).toBe('4,5')
  })
})

describe('which messages only the views read', () => {
  it('goes by the part of the key before its first dot', () => {
    expect(isViewOnlyKey('history.nights')).toBe(true)
    expect(isViewOnlyKey('windowTitle.settings')).toBe(true)
    expect(isViewOnlyKey('checklist.heading')).toBe(false)
    expect(isViewOnlyKey('notify.in')).toBe(false)
    expect(isViewOnlyKey('history')).toBe(false)
  })
})
