// "What seems to help": average severity on nights with and without each step and trigger, from the
// person's own check-ins. A pattern in their data, never proof of cause; every result says so.
import { TRIGGER_IDS, TRIGGER_LABELS, type TriggerId } from './checkin.ts'
import { type NightHistory, nightNumber, toMap } from './history.ts'
import { formatList, t } from './i18n/index.ts'
import { describeStep } from './protocol.ts'

/** Nights needed on each side before a comparison is shown. */
export const MIN_NIGHTS_EACH_SIDE = 3

/** Differences smaller than this (on the 0–10 scale) are reported as "about the same". */
export const SAME_WITHIN = 0.5

/** Said with every set of comparisons, in the current language. */
export function correlationNote(): string {
  return t('clinical.correlation.note')
}

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

function compare(kind: Comparison['kind'], id: string, name: string, tally: Tally): Comparison {
  const moreNeeded = {
    with: Math.max(0, MIN_NIGHTS_EACH_SIDE - tally.withCount),
    without: Math.max(0, MIN_NIGHTS_EACH_SIDE - tally.withoutCount),
  }
  const enough = moreNeeded.with === 0 && moreNeeded.without === 0
  const base = { kind, id, name, withNights: tally.withCount, withoutNights: tally.withoutCount, moreNeeded }
  if (!enough) {
    const needs = [
      ...(moreNeeded.with > 0 ? [t('clinical.correlation.needWith', { count: moreNeeded.with })] : []),
      ...(moreNeeded.without > 0
        ? [t('clinical.correlation.needWithout', { count: moreNeeded.without })]
        : []),
    ]
    const label = t('clinical.correlation.notEnough', { name, needs: formatList(needs) })
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
  const withAverage = round1(tally.withSum / tally.withCount)
  const withoutAverage = round1(tally.withoutSum / tally.withoutCount)
  const difference = round1(tally.withSum / tally.withCount - tally.withoutSum / tally.withoutCount)
  const same = Math.abs(difference) < SAME_WITHIN
  // Stryker disable next-line EqualityOperator,StringLiteral: 0 is already 'same'; 'worse' is every catalogue's `other`
  const trend = same ? 'same' : difference < 0 ? 'milder' : 'worse'
  const label = t('clinical.correlation.result', {
    name,
    kind,
    withAverage,
    withNights: tally.withCount,
    withoutAverage,
    withoutNights: tally.withoutCount,
    trend,
  })
  return { ...base, withAverage, withoutAverage, difference, enough, label, correlationOnly: true }
}
