// The text alternative for a chart: what a sighted reader takes from the line, in one or two sentences.
import { currentTag, formatLongDate } from '../../shared/i18n/index.ts'
import { historyStrings } from '../strings-history.ts'

export interface Point {
  date: string
  value: number | null
}

/** Differences in the half-period averages smaller than this read as "about the same". */
const TREND_STEP = 0.5

const average = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length

export function chartSummary(name: string, points: readonly Point[]): string {
  const s = historyStrings.chart
  const known = points.filter((p): p is { date: string; value: number } => p.value !== null)
  const first = known[0]
  const last = known.at(-1)
  if (!first || !last) return `${name}: ${s.noData}`
  const values = known.map((p) => p.value)
  const stats = s.stats(
    String(Math.round(average(values) * 10) / 10),
    Math.min(...values),
    Math.max(...values),
    last.value,
    formatLongDate(last.date),
  )
  const parts = [s.summary(name, known.length, formatLongDate(first.date), formatLongDate(last.date)), stats]
  if (known.length >= 4) {
    const half = Math.floor(known.length / 2)
    const change = average(values.slice(half)) - average(values.slice(0, half))
    parts.push(Math.abs(change) < TREND_STEP ? s.trend.flat : change < 0 ? s.trend.down : s.trend.up)
  }
  return parts.join(' ')
}

const dayMonthFormats = new Map<string, Intl.DateTimeFormat>()

/**
 * A calendar day (YYYY-MM-DD) as a short axis label in the person's language: "24 Nov", "24. Nov.", "24 nov".
 * Dates are calendar days, so they are formatted in UTC and never shift with the machine's zone.
 */
export function axisDate(date: string | Date): string {
  const tag = currentTag()
  let format = dayMonthFormats.get(tag)
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', timeZone: 'UTC' })
    dayMonthFormats.set(tag, format)
  }
  return format.format(typeof date === 'string' ? new Date(dateSeconds(date) * 1000) : date)
}

/** Seconds at UTC midnight of a calendar date: the x value uPlot draws for a night or a lab date. */
export function dateSeconds(date: string): number {
  const [y, m, d] = date.split('-').map(Number)
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / 1000
}
