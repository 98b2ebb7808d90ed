// The catalogue: every language has every key with the same placeholders, and the formatters read as people do.
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser'
import { afterEach, describe, expect, it } from 'vitest'
import {
  CATALOGUES,
  formatDate,
  formatList,
  formatTime,
  LOCALES,
  resolveLocale,
  setLocale,
  t,
} from '../../shared/i18n/index.ts'

/** Placeholder names with their kind ("count:plural", "title:argument"), nested ones included. */
function placeholders(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.argument) into.add(`${el.value}:argument`)
    if (el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time)
      into.add(`${el.value}:${el.type}`)
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      into.add(`${el.value}:${el.type === TYPE.plural ? 'plural' : 'select'}`)
      for (const option of Object.values(el.options)) placeholders(option.value, into)
    }
  }
  return into
}

const keys = Object.keys(CATALOGUES.en).sort()

afterEach(() => {
  setLocale('en', 'en-GB', 'system')
})

describe('the catalogue', () => {
  it('has a few hundred English keys to check', () => {
    expect(keys.length).toBeGreaterThan(300)
  })

  for (const locale of LOCALES) {
    it(`${locale} has exactly the English keys`, () => {
      expect(Object.keys(CATALOGUES[locale]).sort()).toEqual(keys)
    })

    it(`${locale}: every message parses and has the English placeholders`, () => {
      const mismatched: string[] = []
      for (const key of keys) {
        const english = placeholders(
          parse(CATALOGUES.en[key as keyof typeof CATALOGUES.en], { ignoreTag: true }),
        )
        const text = CATALOGUES[locale][key as keyof typeof CATALOGUES.en]
        const own = placeholders(parse(text, { ignoreTag: true }))
        if ([...english].sort().join() !== [...own].sort().join()) mismatched.push(key)
      }
      expect(mismatched).toEqual([])
    })

    it(`${locale}: every plural has an "other" form`, () => {
      const missing = keys.filter((key) => {
        const text = CATALOGUES[locale][key as keyof typeof CATALOGUES.en]
        return /, plural,/.test(text) && !/other \{/.test(text)
      })
      expect(missing).toEqual([])
    })
  }

  it('the checker sees a dropped placeholder', () => {
    const a = placeholders(parse('{count, plural, one {# night with {title}} other {# nights}}'))
    const b = placeholders(parse('{count, plural, one {# Nacht} other {# Nächte}}'))
    expect([...a]).toContain('title:argument')
    expect([...b]).not.toContain('title:argument')
  })
})

describe('t', () => {
  it('counts with the language’s plural rules instead of hand-written ones', () => {
    setLocale('en', 'en-GB')
    expect(t('data.previewMedicines', { count: 1 })).toBe('1 medicine or supplement')
    expect(t('data.previewMedicines', { count: 3 })).toBe('3 medicines or supplements')
    setLocale('de', 'de-DE')
    expect(t('history.nights', { count: 1 })).toBe('1 Nacht')
    expect(t('history.nights', { count: 2 })).toBe('2 Nächte')
    setLocale('es', 'es-ES')
    expect(t('history.nights', { count: 5 })).toBe('5 noches')
  })

  it('fills placeholders in the chosen language', () => {
    setLocale('de', 'en-US')
    expect(t('checklist.next', { title: 'Bad', time: '21:30' })).toBe('Als Nächstes: Bad um 21:30')
  })
})

describe('choosing the language', () => {
  it('follows the system when it is one of ours, else English', () => {
    expect(resolveLocale('system', 'de-AT')).toBe('de')
    expect(resolveLocale('system', 'es_MX')).toBe('es')
    expect(resolveLocale('system', 'fr-FR')).toBe('en')
    expect(resolveLocale(undefined, 'es')).toBe('es')
  })

  it('a choice in settings wins over the system', () => {
    expect(resolveLocale('de', 'en-US')).toBe('de')
  })
})

describe('dates, times and lists', () => {
  it('reads a night as "Tue 24 Nov" in British English, with the weekday in German and Spanish', () => {
    setLocale('en', 'en-GB')
    expect(formatDate('2026-11-24')).toBe('Tue 24 Nov')
    setLocale('de', 'de-DE')
    expect(formatDate('2026-11-24')).toMatch(/^Di\.? 24\. Nov/)
    setLocale('es', 'es-ES')
    expect(formatDate('2026-11-24')).toMatch(/^mar 24 nov/)
  })

  it('never writes a hyphenated ISO date', () => {
    for (const locale of LOCALES) {
      setLocale(locale, locale)
      expect(formatDate('2026-01-05T21:00:00+01:00')).not.toMatch(/\d-\d/)
    }
  })

  it('times follow the 12/24 h choice, and the locale when the choice is the system’s', () => {
    setLocale('en', 'en-GB', '24h')
    expect(formatTime('22:30')).toBe('22:30')
    expect(formatTime('2026-11-24T21:05:00+01:00')).toBe('21:05')
    setLocale('en', 'en-GB', '12h')
    expect(formatTime('22:30').toLowerCase().replace(/\s/g, ' ')).toBe('10:30 pm')
    setLocale('en', 'en-US', 'system')
    expect(formatTime('22:30').replace(/\s/g, ' ')).toBe('10:30 PM')
    setLocale('de', 'de-DE', 'system')
    expect(formatTime('07:05')).toBe('07:05')
  })

  it('joins lists with the language’s own "and"', () => {
    setLocale('en', 'en-GB')
    expect(formatList(['a', 'b', 'c'])).toBe('a, b and c')
    setLocale('de', 'de-DE')
    expect(formatList(['a', 'b', 'c'])).toBe('a, b und c')
    setLocale('es', 'es-ES')
    expect(formatList(['a', 'b', 'c'])).toBe('a, b y c')
  })
})

describe('step texts', () => {
  it('every catalogue step has its title, instruction and why in the catalogue', async () => {
    const { CATALOGUE } = await import('../../shared/protocol.ts')
    const missing = Object.keys(CATALOGUE).flatMap((id) =>
      ['title', 'instruction', 'why']
        .map((part) => `step.${id}.${part}`)
        .filter((key) => !(key in CATALOGUES.en)),
    )
    expect(missing).toEqual([])
  })

  it('a step reads in German with its own time, and the medical wording keeps its numbers', async () => {
    const { describeStep } = await import('../../shared/protocol.ts')
    setLocale('de', 'de-DE')
    const magnesium = describeStep({ id: 'magnesium' }, { at: '21:50', minutesBeforeBed: 40 })
    expect(magnesium.title).toBe('Magnesiumglycinat')
    expect(magnesium.instruction).toBe('300–400 mg um 21:50, 40 Minuten vor dem Schlafengehen.')
    expect(magnesium.why).toContain('unter 50')
    setLocale('es', 'es-ES')
    expect(describeStep({ id: 'warm-bath' }, { at: '21:30' }).instruction).toContain('40–42 °C')
  })
})
