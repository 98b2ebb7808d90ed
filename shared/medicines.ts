// The person's list of medicines and supplements, and the morning iron step's absorption rules.

import { z } from 'zod'
import { describeInput, type Problem, parseOrThrow, problem, ValidationError } from './errors.ts'
import { DATE_EXPECTED, dateField, entryId, hhmmField, isRealDate, text } from './fields.ts'
import { HHMM_EXPECTED, HHMM_PATTERN, parseHHMM } from './hhmm.ts'
import { formatTime, t } from './i18n/index.ts'
import { instantSchema } from './records.ts'
import { rlsTreatmentSchema } from './rls-treatments.ts'
import { tokens } from './watchlist.ts'

export const MEDICINE_KINDS = ['medicine', 'supplement'] as const
export type MedicineKind = (typeof MEDICINE_KINDS)[number]

export const medicineEntrySchema = z.strictObject({
  id: entryId(),
  name: text(80, true),
  dose: text(60).optional(),
  time: hhmmField().optional(),
  kind: z.enum(MEDICINE_KINDS, {
    error: (iss) => `expected medicine or supplement, got ${describeInput(iss.input)}`,
  }),
  /** When the person started taking it; for iron this is how "3 months of iron" is measured. */
  startedOn: dateField().optional(),
  /** Set when the person marked this entry as their RLS treatment (the treatment log); optional, so older data stays valid. */
  rls: rlsTreatmentSchema.optional(),
})

export type MedicineEntry = z.infer<typeof medicineEntrySchema>

/** Validates a new or edited entry; `startedOn`, when given, may not lie after `today`. */
export function parseMedicineEntry(value: unknown, today: string): MedicineEntry {
  if (!isRealDate(today)) throw new RangeError(`today: ${DATE_EXPECTED}, got ${describeInput(today)}`)
  const entry = parseOrThrow(medicineEntrySchema, value)
  const problems: Problem[] = []
  const started = entry.startedOn
  // Stryker disable next-line ConditionalExpression: comparisons with undefined are false, so without a start nothing is pushed either way
  if (started !== undefined) {
    if (started > today)
      problems.push(problem('startedOn', `expected a date on or before ${today}, got "${started}"`))
  }
  const stopped = entry.rls?.stoppedOn
  // Stryker disable next-line ConditionalExpression: comparisons with undefined are false, so without a stop nothing is pushed either way
  if (stopped !== undefined) {
    if (stopped > today)
      problems.push(problem('rls.stoppedOn', `expected a date on or before ${today}, got "${stopped}"`))
    // Stryker disable next-line ConditionalExpression: comparisons with undefined are false, so without a start nothing is pushed either way
    if (started !== undefined) {
      if (stopped < started) {
        problems.push(
          problem('rls.stoppedOn', `expected a date on or after the start ${started}, got "${stopped}"`),
        )
      }
    }
  }
  entry.rls?.doseChanges.forEach((change, i) => {
    if (change.date > today) {
      problems.push(
        problem(`rls.doseChanges[${i}].date`, `expected a date on or before ${today}, got "${change.date}"`),
      )
    }
  })
  if (problems.length > 0) throw new ValidationError(problems)
  return entry
}

const IRON_WORDS = new Set(['iron', 'ferrous', 'ferric', 'feosol'])

/** Whether a list entry is an iron supplement: "Iron bisglycinate", "Ferrous sulfate 325", "Slow Fe". */
export function isIron(name: string): boolean {
  const words = tokens(name)
  return words.some(
    (w, i) => (IRON_WORDS.has(w) && words[i + 1] !== 'free') || (w === 'slow' && words[i + 1] === 'fe'),
  )
}

/**
 * The iron log for the doctor prompts: the earliest `startedOn` among iron entries in the list, or null
 * when no iron entry has a start date.
 */
export function ironStartDate(medicines: readonly MedicineEntry[]): string | null {
  let earliest: string | null = null
  for (const m of medicines) {
    // Stryker disable next-line EqualityOperator: on equal dates the same date is kept either way
    if (m.startedOn && isIron(m.name) && (earliest === null || m.startedOn < earliest)) earliest = m.startedOn
  }
  return earliest
}

const IRON_RULE_KEYS = [
  'iron.rule.emptyStomach',
  'iron.rule.vitaminC',
  'iron.rule.calcium',
  'iron.rule.thyroid',
  'iron.rule.magnesium',
] as const

/** The iron timing rules, in the language in effect. */
export function ironRules(): readonly string[] {
  return IRON_RULE_KEYS.map((key) => t(key))
}

/** Closer than this to magnesium, either side of it and across midnight, is a conflict. */
export const IRON_MAGNESIUM_GAP_MINUTES = 120

export interface IronConflict {
  conflict: boolean
  /** Shortest distance on the 24-hour clock between the two times. */
  minutesApart: number
  message: string | null
  rules: readonly string[]
}

/**
 * Whether the iron time sits within 2 h of magnesium. `magnesium` is HH:MM or the planned instant
 * (ISO with offset, as planNight gives it), whose own wall-clock time is used.
 */
export function ironConflict(ironTime: string, magnesium: string): IronConflict {
  const iron = parseHHMM(ironTime, 'ironTime')
  const mg = parseHHMM(magnesiumClock(magnesium), 'magnesium')
  const diff = Math.abs(iron - mg)
  const minutesApart = Math.min(diff, 24 * 60 - diff)
  const conflict = minutesApart < IRON_MAGNESIUM_GAP_MINUTES
  const message = conflict
    ? t('iron.conflict.magnesium', {
        iron: formatTime(ironTime),
        magnesium: formatTime(magnesiumClock(magnesium)),
      })
    : null
  return { conflict, minutesApart, message, rules: ironRules() }
}

function magnesiumClock(value: string): string {
  if (HHMM_PATTERN.test(value)) return value
  if (instantSchema.safeParse(value).success) return value.slice(11, 16)
  throw new RangeError(`magnesium: ${HHMM_EXPECTED} or an ISO date-time, got ${describeInput(value)}`)
}

// Thyroid hormone by generic and common brand (US, UK, EU, AU): iron taken within 4 h lowers its absorption.
const THYROID_WORDS = new Set([
  'levothyroxine',
  'thyroxine',
  'liothyronine',
  'synthroid',
  'levoxyl',
  'unithroid',
  'tirosint',
  'euthyrox',
  'eltroxin',
  'oroxine',
  'cytomel',
  'liotrix',
  'thyrolar',
  'westhroid',
  'adthyza',
])

/**
 * Desiccated thyroid (porcine T4 + T3) is named by a brand word before "thyroid" or "throid": iron lowers its
 * absorption as it does levothyroxine's. The word alone ("Armour vitamin C", "Herbal thyroid support") is not.
 */
const DESICCATED_BEFORE = new Map([
  ['armour', 'thyroid'],
  ['np', 'thyroid'],
  ['wp', 'thyroid'],
  ['desiccated', 'thyroid'],
  ['nature', 'throid'],
])

/** Whether a list entry is thyroid hormone: "Levothyroxine 100 mcg", "Synthroid", "Armour Thyroid", "NP Thyroid". */
export function isThyroidMedicine(name: string): boolean {
  const words = tokens(name)
  return words.some((w, i) => {
    if (THYROID_WORDS.has(w)) return true
    const next = DESICCATED_BEFORE.get(w)
    return next !== undefined && words[i + 1] === next
  })
}

/** Closer than this to thyroid medicine, either side and across midnight, is a conflict (the levothyroxine label). */
export const IRON_THYROID_GAP_MINUTES = 240

/** Whether the iron time sits within 4 h of the thyroid medicine's time (both HH:MM). */
export function ironThyroidConflict(ironTime: string, thyroid: { name: string; time: string }): IronConflict {
  const iron = parseHHMM(ironTime, 'ironTime')
  const other = parseHHMM(thyroid.time, 'thyroidTime')
  const diff = Math.abs(iron - other)
  const minutesApart = Math.min(diff, 24 * 60 - diff)
  const conflict = minutesApart < IRON_THYROID_GAP_MINUTES
  const message = conflict
    ? t('iron.conflict.thyroid', {
        iron: formatTime(ironTime),
        medicine: thyroid.name,
        time: formatTime(thyroid.time),
      })
    : null
  return { conflict, minutesApart, message, rules: ironRules() }
}

/** The first timed iron entry within 4 h of a timed thyroid medicine on the list; null when none is. */
export function ironThyroidClash(medicines: readonly MedicineEntry[]): IronConflict | null {
  const timed = medicines.filter((m): m is MedicineEntry & { time: string } => m.time !== undefined)
  for (const iron of timed.filter((m) => isIron(m.name))) {
    for (const thyroid of timed.filter((m) => isThyroidMedicine(m.name))) {
      const result = ironThyroidConflict(iron.time, thyroid)
      if (result.conflict) return result
    }
  }
  return null
}
