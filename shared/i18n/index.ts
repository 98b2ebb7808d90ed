// The one text layer both processes read: ICU MessageFormat strings per language (intl-messageformat) and
// the date, time and list formatters. Main passes app.getLocale(), the renderer navigator.language; the
// person's choice in Settings (language, clock) wins over both.
import { IntlMessageFormat } from 'intl-messageformat'
import { CATALOGUES, loadCatalogue, loadEnglishViews } from './catalogues.ts'
import type { MessageKey } from './en.ts'
import { loadOnce } from './load-once.ts'

export type { MessageKey } from './en.ts'

export const LOCALES = ['en', 'de', 'es'] as const
export type Locale = (typeof LOCALES)[number]
export const LANGUAGE_CHOICES = ['system', ...LOCALES] as const
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number]
export const CLOCK_CHOICES = ['system', '24h', '12h'] as const
export type ClockChoice = (typeof CLOCK_CHOICES)[number]

export { CATALOGUES }

/** ICU source text, or (in the renderer's build) the same message already parsed at build time. */
type Message = string | Exclude<ConstructorParameters<typeof IntlMessageFormat>[0], string>
type Catalogue = Record<MessageKey, Message>

/** The catalogues this process holds: all three in main and the tests; English first in a window. */
const catalogues: Partial<Record<Locale, Catalogue>> = { ...CATALOGUES }
/** ICU syntax characters; a message without them is its own text, with no formatter needed. */
// Stryker disable next-line Regex: here the formatter gives such text back unchanged (i18n-lazy.test.ts); a window's parser-less build needs the check
const ICU_SYNTAX = /[{}']/

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
  // Stryker disable next-line ConditionalExpression: a cache; it only saves work
  if (!format) {
    format = new Intl.DateTimeFormat(state.tag, options)
    // Stryker disable next-line CallExpression: a cache; it only saves work
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

/** Whether this process holds a language's catalogue, so setLocale can switch to it at once. */
export function hasCatalogue(locale: Locale): boolean {
  // Stryker disable next-line ConditionalExpression: this process holds every catalogue; a window's build may not
  return catalogues[locale] !== undefined
}

const fetchLocale = loadOnce(
  // Stryker disable next-line StringLiteral,ArrowFunction: named only when a fetch fails, which only a window's build can do
  (locale: Locale) => `loadLocale: the ${locale} catalogue`,
  loadCatalogue,
  // Stryker disable next-line BlockStatement,ArrowFunction: only a window's build fetches a catalogue (catalogues.ts holds all)
  (locale, catalogue) => {
    catalogues[locale] = catalogue
  },
)

/** Fetches (once) a language's catalogue when this process does not hold it yet. */
export function loadLocale(locale: Locale): Promise<void> {
  // Stryker disable next-line ConditionalExpression: this process holds every catalogue; a window's build may not
  return catalogues[locale] ? Promise.resolve() : fetchLocale(locale)
}

const fetchViewMessages = loadOnce(
  // Stryker disable next-line StringLiteral,ArrowFunction: named only when a fetch fails, which only a window's build can do
  () => 'loadViewMessages: the English view messages',
  loadEnglishViews,
  // Stryker disable next-line BlockStatement,ArrowFunction: here the views' part is empty (catalogues.ts); the ObjectLiteral is tested
  (_, part) => {
    catalogues.en = { ...(catalogues.en as Catalogue), ...part }
  },
)

/**
 * Fetches (once) the English messages only the lazily loaded views read (view-keys.ts); a window loads
 * them with its view. In main and the tests every message is here already.
 */
export function loadViewMessages(): Promise<void> {
  return fetchViewMessages('en')
}

/**
 * Sets the language and clock for everything formatted from now on; listeners re-render. The language's
 * catalogue must be here already (hasCatalogue, else await loadLocale first).
 */
export function setLocale(
  choice: LanguageChoice | undefined,
  systemTag: string,
  clock: ClockChoice | undefined = 'system',
): Locale {
  const locale = resolveLocale(choice, systemTag)
  // Stryker disable next-line ConditionalExpression,BlockStatement: this process holds every catalogue; a window's build may not
  if (!catalogues[locale]) {
    // Stryker disable next-line StringLiteral: thrown only in a window's build, where a catalogue can be missing
    throw new Error(
      `setLocale: the ${locale} catalogue is not loaded yet; await loadLocale('${locale}') first`,
    )
  }
  const systemLanguage = systemTag.toLowerCase().split(/[-_]/)[0]
  const tag =
    systemLanguage === locale && isValidTag(systemTag) ? systemTag.replace('_', '-') : DEFAULT_REGION[locale]
  const next = { locale, tag, clock }
  // The tag is in the language's own (its default region, or the system's tag in that language), so a new
  // language always brings a new tag.
  const changed = next.tag !== state.tag || next.clock !== state.clock
  state = next
  if (changed) for (const listener of listeners) listener()
  return locale
}

/** Whether Intl can read the tag; it is in one of our languages, which Intl always supports. */
function isValidTag(tag: string): boolean {
  try {
    Intl.getCanonicalLocales(tag.replace('_', '-'))
    return true
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
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: a cache; it only saves work
  if (values === undefined) {
    const known = plain.get(id)
    // Stryker disable next-line ConditionalExpression: a cache; it only saves work
    if (known !== undefined) return known
  }
  // Stryker disable next-line OptionalChaining: setLocale switches only to a catalogue that is here
  const message = catalogues[state.locale]?.[key]
  if (message === undefined) throw new Error(`t: no message "${key}" in the ${state.locale} catalogue`)
  // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: here the formatter gives plain text back unchanged; a window's parser-less build needs the check
  if (typeof message === 'string' && !ICU_SYNTAX.test(message)) return message
  let format = compiled.get(id)
  // Stryker disable next-line ConditionalExpression: a cache; it only saves work
  if (!format) {
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: no catalogue message holds "<"; the option keeps a future one from reading as a tag
    format = new IntlMessageFormat(message, state.tag, undefined, { ignoreTag: true })
    // Stryker disable next-line CallExpression: a cache; it only saves work
    compiled.set(id, format)
  }
  // A list comes only from rich-text tags, which ignoreTag turns off: values are text, numbers and dates.
  const text = String(format.format(values))
  // Stryker disable next-line ConditionalExpression,CallExpression: a cache; skipping it only costs work
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
  // Stryker disable next-line Regex: hhmm has at most 5 characters, so the anchors cannot change a match
  if (!/^\d\d:\d\d$/.test(hhmm)) return value
  const id = `${state.tag}|${state.clock}|${hhmm}`
  let text = times.get(id)
  // Stryker disable next-line ConditionalExpression: a cache; it only saves work
  if (text === undefined) {
    text = clockText(hhmm)
    // Stryker disable next-line CallExpression: a cache; it only saves work
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
  // Stryker disable next-line ConditionalExpression: a cache; it only saves work
  if (!format) {
    format = new Intl.ListFormat(state.tag, { style: 'long', type })
    // Stryker disable next-line CallExpression: a cache; it only saves work
    listFormats.set(id, format)
  }
  return format.format(items)
}

/** A number with the locale's decimal mark: "4.5" / "4,5". */
export function formatNumber(value: number, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(state.tag, { maximumFractionDigits }).format(value)
}

/**
 * An object with one enumerable getter per id, each producing its text when read, so a constant such as
 * CAUTIONS or TRIGGER_LABELS follows a change of language without a restart.
 */
export function liveTexts<K extends string>(
  ids: readonly K[],
  text: (id: K) => string,
): Readonly<Record<K, string>> {
  const out = {} as Record<K, string>
  for (const id of ids) Object.defineProperty(out, id, { get: () => text(id), enumerable: true })
  return out
}
