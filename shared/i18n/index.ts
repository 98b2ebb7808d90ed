// The one text layer both processes read: ICU MessageFormat strings per language (intl-messageformat) and
// the date, time and list formatters. Main passes app.getLocale(), the renderer navigator.language; the
// person's choice in Settings (language, clock) wins over both.
import { IntlMessageFormat } from 'intl-messageformat'
import { de } from './de.ts'
import { en, type MessageKey } from './en.ts'
import { es } from './es.ts'

export type { MessageKey } from './en.ts'

export const LOCALES = ['en', 'de', 'es'] as const
export type Locale = (typeof LOCALES)[number]
export const LANGUAGE_CHOICES = ['system', ...LOCALES] as const
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number]
export const CLOCK_CHOICES = ['system', '24h', '12h'] as const
export type ClockChoice = (typeof CLOCK_CHOICES)[number]

export const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { en, de, es }

/** Region used for formatting when the system's own tag is in another language. */
const DEFAULT_REGION: Record<Locale, string> = { en: 'en-GB', de: 'de-DE', es: 'es-ES' }

export type MessageValues = Record<string, string | number | Date>

interface State {
  locale: Locale
  /** BCP 47 tag for Intl: the system's tag when its language is the chosen one ("en-US"), else a default. */
  tag: string
  clock: ClockChoice
}

let state: State = { locale: 'en', tag: 'en-GB', clock: 'system' }
const compiled = new Map<string, IntlMessageFormat>()
// Building an Intl formatter costs far more than using one; plans and menus format thousands of times.
const dateFormats = new Map<string, Intl.DateTimeFormat>()
const listFormats = new Map<string, Intl.ListFormat>()
/** At most 1440 clock texts per language and clock choice. */
const times = new Map<string, string>()
/** Messages without placeholders, once formatted. */
const plain = new Map<string, string>()

function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = `${state.tag}|${JSON.stringify(options)}`
  let format = dateFormats.get(id)
  if (!format) {
    format = new Intl.DateTimeFormat(state.tag, options)
    dateFormats.set(id, format)
  }
  return format
}
const listeners = new Set<() => void>()

/** The catalogue language for a choice: the chosen one, or the system's when it is one we have, else English. */
export function resolveLocale(choice: LanguageChoice | undefined, systemTag: string): Locale {
  if (choice && choice !== 'system') return choice
  const language = systemTag.toLowerCase().split(/[-_]/)[0]
  return (LOCALES as readonly string[]).includes(language ?? '') ? (language as Locale) : 'en'
}

/** Sets the language and clock for everything formatted from now on; listeners re-render. */
export function setLocale(
  choice: LanguageChoice | undefined,
  systemTag: string,
  clock: ClockChoice | undefined = 'system',
): Locale {
  const locale = resolveLocale(choice, systemTag)
  const systemLanguage = systemTag.toLowerCase().split(/[-_]/)[0]
  const tag =
    systemLanguage === locale && isValidTag(systemTag) ? systemTag.replace('_', '-') : DEFAULT_REGION[locale]
  const next = { locale, tag, clock: clock ?? 'system' }
  const changed = next.locale !== state.locale || next.tag !== state.tag || next.clock !== state.clock
  state = next
  if (changed) for (const listener of listeners) listener()
  return locale
}

function isValidTag(tag: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag.replace('_', '-')]).length > 0
  } catch {
    // A malformed tag from the system is not an error of ours: the default region is used instead.
    return false
  }
}

export function currentLocale(): Locale {
  return state.locale
}

/** The Intl tag in use, for the rare caller that formats numbers itself. */
export function currentTag(): string {
  return state.tag
}

export function onLocaleChange(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The catalogue text for a key in the current language, with its placeholders filled in. */
export function t(key: MessageKey, values?: MessageValues): string {
  const id = `${state.tag}\u0000${key}`
  if (values === undefined) {
    const known = plain.get(id)
    if (known !== undefined) return known
  }
  let format = compiled.get(id)
  if (!format) {
    format = new IntlMessageFormat(CATALOGUES[state.locale][key], state.tag, undefined, { ignoreTag: true })
    compiled.set(id, format)
  }
  const out = format.format(values)
  const text = Array.isArray(out) ? out.join('') : String(out)
  if (values === undefined) plain.set(id, text)
  return text
}

function utcDate(date: string): Date {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number)
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1))
}

/** A calendar day (YYYY-MM-DD, or the date of an ISO date-time) as people read it: "Tue 24 Nov". */
export function formatDate(date: string): string {
  return dateFormat({
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  })
    .format(utcDate(date))
    .replace(/,/g, '')
}

/** A calendar day with its year, for the summary and backups: "24 Nov 2026". */
export function formatLongDate(date: string): string {
  return dateFormat({
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  })
    .format(utcDate(date))
    .replace(/,/g, '')
}

/** A month heading: "November 2026". */
export function formatMonth(date: string): string {
  return dateFormat({ month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utcDate(date))
}

/** A short weekday: "Tue". */
export function formatWeekday(date: string): string {
  return dateFormat({ weekday: 'short', timeZone: 'UTC' }).format(utcDate(date))
}

/** Whether times show as 12-hour clock: the person's choice, else the locale's habit. */
export function uses12Hour(): boolean {
  if (state.clock !== 'system') return state.clock === '12h'
  return dateFormat({ hour: 'numeric' }).resolvedOptions().hour12 === true
}

/**
 * A wall-clock time, from "HH:MM" or an ISO local date-time with offset (whose HH:MM is already the night's
 * local time): "22:30", or "10:30 pm" on a 12-hour clock.
 */
export function formatTime(value: string): string {
  const hhmm = value.length > 5 ? value.slice(11, 16) : value
  if (!/^\d\d:\d\d$/.test(hhmm)) return value
  const id = `${state.tag}|${state.clock}|${hhmm}`
  let text = times.get(id)
  if (text === undefined) {
    text = clockText(hhmm)
    times.set(id, text)
  }
  return text
}

function clockText(hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number)
  const twelve = uses12Hour()
  return dateFormat({
    hour: twelve ? 'numeric' : '2-digit',
    minute: '2-digit',
    hourCycle: twelve ? 'h12' : 'h23',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(1970, 0, 1, h ?? 0, m ?? 0)))
}

/** "a, b and c" in the current language. */
export function formatList(
  items: readonly string[],
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  const id = `${state.tag}|${type}`
  let format = listFormats.get(id)
  if (!format) {
    format = new Intl.ListFormat(state.tag, { style: 'long', type })
    listFormats.set(id, format)
  }
  return format.format(items)
}

/** A number with the locale's decimal mark: "4.5" / "4,5". */
export function formatNumber(value: number, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(state.tag, { maximumFractionDigits }).format(value)
}
