// Builds the health window's view model: labs with their bands and recheck, medicines matched against the
// watch list, the iron rules and any iron/magnesium clash, and the doctor prompts.

import { journalPrompts, localToday, type Moment, type RecordOf } from './history-view.ts'
import type { Journal } from './journal.ts'
import { ferritinRecheck, LAB_KINDS, type LabKind, labSeries, TARGET_BANDS } from './labs.ts'
import {
  type IronConflict,
  ironConflict,
  ironRules,
  ironThyroidClash,
  isIron,
  type MedicineEntry,
} from './medicines.ts'
import { nightOf } from './night.ts'
import type { Settings } from './settings.ts'
import { planNight } from './timeline.ts'
import type { HealthView, MedicineView } from './view-models.ts'
import { matchMedicine } from './watchlist.ts'

export function medicineViews(medicines: readonly MedicineEntry[]): MedicineView[] {
  return medicines.map((entry) => ({ entry, matches: matchMedicine(entry.name), iron: isIron(entry.name) }))
}

/**
 * The first iron entry with a time that sits within 2 h of tonight's magnesium step; null when none does,
 * or when the magnesium step is off.
 */
export function ironMagnesiumConflict(
  settings: Settings,
  medicines: readonly MedicineEntry[],
  moment: Moment,
  tonightBedtime?: string,
): IronConflict | null {
  const timed = medicines.filter((m) => m.time !== undefined && isIron(m.name))
  // Stryker disable next-line ConditionalExpression: with no timed iron the loop below finds nothing; this only skips planning the night
  if (timed.length === 0) return null
  const night = nightOf(moment.nowMs, moment.timeZone)
  const plan = planNight(
    settings,
    night,
    moment.timeZone,
    tonightBedtime ? { bedtime: tonightBedtime } : undefined,
  )
  const magnesium = plan.steps.find((s) => s.id === 'magnesium')
  if (!magnesium) return null
  for (const m of timed) {
    const result = ironConflict(m.time as string, magnesium.at)
    if (result.conflict) return result
  }
  return null
}

export interface HealthInput extends Moment {
  settings: Settings
  journal: Journal
  /** Tonight's one-night bedtime, when set, so the magnesium time is tonight's real one. */
  tonightBedtime?: string
  /** Night records, so the doctor prompts can see how the routine went. */
  recordOf?: RecordOf
}

function byDate(a: { date: string }, b: { date: string }): number {
  if (a.date < b.date) return -1
  // Stryker disable next-line EqualityOperator,ConditionalExpression: V8's sort only asks whether the result is below 0, so 0 and 1 are alike
  return a.date > b.date ? 1 : 0
}

export function buildHealthView(input: HealthInput): HealthView {
  const { settings, journal } = input
  const today = localToday(input)
  const labs = [...journal.labs].sort(byDate)
  const series = Object.fromEntries(LAB_KINDS.map((k) => [k, labSeries(labs, k)])) as HealthView['series']
  return {
    today,
    labs,
    series,
    bands: TARGET_BANDS as Record<LabKind, HealthView['bands'][LabKind]>,
    recheck: ferritinRecheck(labs, today),
    medicines: medicineViews(journal.medicines),
    ironRules: ironRules(),
    ironConflict: ironMagnesiumConflict(settings, journal.medicines, input, input.tonightBedtime),
    prompts: journalPrompts(settings, journal, input, input.recordOf),
    thyroidConflict: ironThyroidClash(journal.medicines),
    vitaminDUnit: settings.vitaminDUnit ?? 'ng/mL',
  }
}
