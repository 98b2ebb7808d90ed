// "What seems to help": average severity on nights with and without each step and trigger, from the
// person's own check-ins. A pattern in their data, never proof of cause; every result says so.
import { TRIGGER_IDS, TRIGGER_LABELS, type TriggerId } from './checkin.ts'
import { type NightHistory, nightNumber, toMap } from './history.ts'
import { describeStep } from './protocol.ts'

/** Nights needed on each side before a comparison is shown. */
export const MIN_NIGHTS_EACH_SIDE = 3

/** Differences smaller than this (on the 0–10 scale) are reported as "about the same". */
export const SAME_WITHIN = 0.5

export const CORRELATION_NOTE =
  'These comparisons come from your own nights. They show patterns, not proof that one thing causes another.'

export interface Comparison {
  kind: 'step' | 'trigger'
  id: string
  name: string
  withNights: number
  withoutNights: number
  /** Average severity, rounded to one decimal; null until there are enough nights on that side. */
  withAverage: number | null
  withoutAverage: number | null
  /** withAverage − withoutAverage: negative means milder nights with it. */
  difference: number | null
  enough: boolean
  moreNeeded: { with: number; without: number }
  label: string
  /** Always true: a correlation from the person's own data, not proof. */
  correlationOnly: true
}

export interface ComparisonOptions {
  /** Limit to nights in this range (inclusive). */
  from?: string
  to?: string
  /** Display names for step ids; the catalogue title (or the id) is used otherwise. */
  stepTitles?: Readonly<Record<string, string>>
}

interface Tally {
  withSum: number
  withCount: number
  withoutSum: number
  withoutCount: number
}

const emptyTally = (): Tally => ({ withSum: 0, withCount: 0, withoutSum: 0, withoutCount: 0 })

/**
 * One comparison per step (any step planned or done on a night with a check-in) and per trigger.
 * One pass over the nights: linear in nights × (steps + triggers).
 */
export function whatSeemsToHelp(history: NightHistory, options: ComparisonOptions = {}): Comparison[] {
  const first = options.from === undefined ? Number.NEGATIVE_INFINITY : nightNumber(options.from, 'from')
  const last = options.to === undefined ? Number.POSITIVE_INFINITY : nightNumber(options.to, 'to')
  const map = toMap(history)

  const nights: { done: ReadonlySet<string>; severity: number; triggers: Record<TriggerId, boolean> }[] = []
  const stepIds = new Set<string>()
  for (const [night, entry] of map) {
    if (!entry.checkIn) continue
    const day = nightNumber(night, `nights["${night}"]`)
    if (day < first || day > last) continue
    const done = new Set<string>()
    for (const id of entry.planned) stepIds.add(id)
    for (const [id, outcome] of Object.entries(entry.record?.steps ?? {})) {
      if (outcome.status !== 'done') continue
      done.add(id)
      stepIds.add(id)
    }
    nights.push({ done, severity: entry.checkIn.severity, triggers: entry.checkIn.triggers })
  }

  const steps = new Map<string, Tally>([...stepIds].map((id) => [id, emptyTally()]))
  const triggers = new Map<TriggerId, Tally>(TRIGGER_IDS.map((id) => [id, emptyTally()]))
  for (const night of nights) {
    for (const [id, tally] of steps) add(tally, night.done.has(id), night.severity)
    for (const [id, tally] of triggers) add(tally, night.triggers[id], night.severity)
  }

  const results: Comparison[] = []
  for (const [id, tally] of steps) {
    const name = options.stepTitles?.[id] ?? describeStep({ id }).title
    results.push(compare('step', id, name, tally))
  }
  for (const [id, tally] of triggers) results.push(compare('trigger', id, TRIGGER_LABELS[id], tally))
  return results
}

function add(tally: Tally, present: boolean, severity: number): void {
  if (present) {
    tally.withSum += severity
    tally.withCount++
  } else {
    tally.withoutSum += severity
    tally.withoutCount++
  }
}

const round1 = (x: number) => Math.round(x * 10) / 10
const nightsWord = (n: number) => (n === 1 ? '1 night' : `${n} nights`)

function compare(kind: Comparison['kind'], id: string, name: string, t: Tally): Comparison {
  const moreNeeded = {
    with: Math.max(0, MIN_NIGHTS_EACH_SIDE - t.withCount),
    without: Math.max(0, MIN_NIGHTS_EACH_SIDE - t.withoutCount),
  }
  const enough = moreNeeded.with === 0 && moreNeeded.without === 0
  const base = { kind, id, name, withNights: t.withCount, withoutNights: t.withoutCount, moreNeeded }
  if (!enough) {
    const needs = [
      moreNeeded.with > 0 ? `${nightsWord(moreNeeded.with)} with it` : '',
      moreNeeded.without > 0 ? `${nightsWord(moreNeeded.without)} without it` : '',
    ].filter(Boolean)
    const label = `${name}: not enough nights yet. Needs ${needs.join(' and ')}.`
    return {
      ...base,
      withAverage: null,
      withoutAverage: null,
      difference: null,
      enough,
      label,
      correlationOnly: true,
    }
  }
  const withAverage = round1(t.withSum / t.withCount)
  const withoutAverage = round1(t.withoutSum / t.withoutCount)
  const difference = round1(t.withSum / t.withCount - t.withoutSum / t.withoutCount)
  const lead = kind === 'step' ? 'On nights you did it' : 'On nights with it'
  const trend =
    Math.abs(difference) < SAME_WITHIN
      ? 'about the same either way'
      : difference < 0
        ? 'milder with it'
        : 'worse with it'
  const label =
    `${name}: ${lead}, severity averaged ${withAverage.toFixed(1)} (${nightsWord(t.withCount)}); ` +
    `without it, ${withoutAverage.toFixed(1)} (${nightsWord(t.withoutCount)}). Symptoms were ${trend}.`
  return { ...base, withAverage, withoutAverage, difference, enough, label, correlationOnly: true }
}
