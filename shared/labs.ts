// Lab results the person logs (ferritin, TSAT, 25-OH vitamin D), their target bands from PROTOCOL.md, and
// the 3-monthly ferritin recheck.
import { Temporal } from 'temporal-polyfill'
import { z } from 'zod'
import { describeInput, parseOrThrow, problem, ValidationError } from './errors.ts'
import { DATE_EXPECTED, dateField, daysBetween, entryId, isRealDate, text } from './fields.ts'

export const LAB_KINDS = ['ferritin', 'tsat', 'vitaminD'] as const
export type LabKind = (typeof LAB_KINDS)[number]

export interface LabInfo {
  label: string
  /** The name inside a sentence. */
  name: string
  unit: string
  /** Plausible range for entry; values outside are almost certainly typos or another unit. */
  min: number
  max: number
}

export const LAB_INFO: Readonly<Record<LabKind, LabInfo>> = {
  ferritin: { label: 'Ferritin', name: 'ferritin', unit: 'ng/mL', min: 1, max: 2000 },
  tsat: { label: 'Transferrin saturation (TSAT)', name: 'TSAT', unit: '%', min: 1, max: 100 },
  vitaminD: { label: 'Vitamin D (25-OH)', name: 'vitamin D', unit: 'ng/mL', min: 1, max: 200 },
}

export const LAB_NOTE_MAX = 200

export const labEntrySchema = z
  .strictObject({
    id: entryId(),
    kind: z.enum(LAB_KINDS, {
      error: (iss) => `expected ferritin, tsat or vitaminD, got ${describeInput(iss.input)}`,
    }),
    // zod 4 numbers already refuse NaN and Infinity.
    value: z.number({ error: (iss) => `expected a number, got ${describeInput(iss.input)}` }),
    date: dateField(),
    note: text(LAB_NOTE_MAX).optional(),
  })
  .superRefine((entry, ctx) => {
    const info = LAB_INFO[entry.kind]
    if (entry.value < info.min || entry.value > info.max) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `expected ${info.name} from ${info.min} to ${info.max} ${info.unit}, got ${entry.value}`,
      })
    }
  })

export type LabEntry = z.infer<typeof labEntrySchema>

/** Validates a new or edited entry: the schema, plus a date no later than `today` (YYYY-MM-DD, passed in). */
export function parseLabEntry(value: unknown, today: string): LabEntry {
  if (!isRealDate(today)) throw new RangeError(`today: ${DATE_EXPECTED}, got ${describeInput(today)}`)
  const entry = parseOrThrow(labEntrySchema, value)
  if (entry.date > today) {
    throw new ValidationError([problem('date', `expected a date on or before ${today}, got "${entry.date}"`)])
  }
  return entry
}

export type LabBand = 'low' | 'borderline' | 'target' | 'above'

export interface TargetBand {
  from: number
  /** null: open-ended. */
  to: number | null
  label: string
}

// Thresholds from PROTOCOL.md (the 2025 AASM guideline and the IRLSSG consensus on iron).
/** The AASM guideline treats iron at ferritin ≤ 75 ng/mL … */
export const FERRITIN_TREAT_AT_OR_BELOW = 75
export const FERRITIN_MINIMUM = 50
/** … or TSAT below 20 %. */
export const TSAT_LOW_BELOW = 20
/** Above these, iron may be too high: ask the doctor before continuing it. */
export const FERRITIN_HIGH_ABOVE = 300
export const TSAT_HIGH_ABOVE = 45

/** Bands for the lab chart, from PROTOCOL.md; vitamin D in ng/mL, the unit it is stored in. */
export const TARGET_BANDS: Readonly<Record<LabKind, readonly TargetBand[]>> = {
  ferritin: [
    { from: FERRITIN_MINIMUM, to: FERRITIN_TREAT_AT_OR_BELOW, label: 'Minimum for restless legs' },
    { from: FERRITIN_TREAT_AT_OR_BELOW, to: FERRITIN_HIGH_ABOVE, label: 'Target for restless legs' },
  ],
  tsat: [{ from: TSAT_LOW_BELOW, to: TSAT_HIGH_ABOVE, label: 'Not low' }],
  vitaminD: [{ from: 40, to: 60, label: 'Target' }],
}

export interface LabClassification {
  band: LabBand
  text: string
}

export const IRON_HIGH_NOTE =
  'If you take iron, ask your doctor before continuing it: too much iron is harmful too. Inflammation can also raise ferritin.'

/** Which band a value falls in, with a short calm sentence for the person. Vitamin D is in ng/mL. */
export function classifyLab(entry: Pick<LabEntry, 'kind' | 'value'>): LabClassification {
  const v = entry.value
  switch (entry.kind) {
    case 'ferritin':
      if (v < FERRITIN_MINIMUM) {
        return {
          band: 'low',
          text: 'Below 50 ng/mL: low for restless legs, even where the lab calls it normal. Worth raising with your doctor.',
        }
      }
      if (v <= FERRITIN_TREAT_AT_OR_BELOW) {
        return {
          band: 'borderline',
          text: '50–75 ng/mL: at the minimum for restless legs. The guideline looks at iron treatment up to 75; many people need over 100.',
        }
      }
      if (v <= FERRITIN_HIGH_ABOVE) {
        return {
          band: 'target',
          text: 'Above 75 ng/mL: ferritin is in the target range for restless legs. Your TSAT counts too: it should be 20 % or more.',
        }
      }
      return { band: 'above', text: `Above 300 ng/mL: higher than needed. ${IRON_HIGH_NOTE}` }
    case 'tsat':
      if (v < TSAT_LOW_BELOW) {
        return {
          band: 'low',
          text: 'Below 20 %: low, whatever your ferritin. Worth raising with your doctor.',
        }
      }
      if (v <= TSAT_HIGH_ABOVE) return { band: 'target', text: '20–45 %: not in the low range.' }
      return {
        band: 'above',
        text: 'Above 45 %: high. If you take iron, ask your doctor before continuing it: too much iron is harmful too.',
      }
    case 'vitaminD':
      if (v < 20)
        return { band: 'low', text: 'Below 20 ng/mL (50 nmol/L): under even the usual lab minimum.' }
      if (v < 40)
        return {
          band: 'borderline',
          text: '20–40 ng/mL (50–100 nmol/L): within lab range, but below the 40–60 ng/mL (100–150 nmol/L) target.',
        }
      if (v <= 60) return { band: 'target', text: '40–60 ng/mL (100–150 nmol/L): in the target range.' }
      return { band: 'above', text: 'Above 60 ng/mL (150 nmol/L): higher than the 40–60 ng/mL target.' }
  }
}

// Vitamin D: UK and EU labs report nmol/L, US labs ng/mL. Entries are stored in ng/mL only.
export const VITAMIN_D_UNITS = ['ng/mL', 'nmol/L'] as const
export type VitaminDUnit = (typeof VITAMIN_D_UNITS)[number]
export const NMOL_PER_NG = 2.5

/** A vitamin D result as typed, in ng/mL for storing (nmol/L ÷ 2.5), to 2 decimals. */
export function vitaminDToStored(value: number, unit: VitaminDUnit): number {
  return unit === 'ng/mL' ? value : Math.round((value / NMOL_PER_NG) * 100) / 100
}

/** A stored vitamin D value (ng/mL) in the person's unit, to 1 decimal. */
export function vitaminDFromStored(ngPerMl: number, unit: VitaminDUnit): number {
  return unit === 'ng/mL' ? ngPerMl : Math.round(ngPerMl * NMOL_PER_NG * 10) / 10
}

export interface IronStatus {
  /** treat: ferritin ≤ 75 or TSAT < 20; high: ferritin > 300 or TSAT > 45; target: neither. */
  state: 'treat' | 'target' | 'high'
  ferritin: LabEntry
  /** The TSAT read with this ferritin: the latest one taken within 3 months before it, or later. */
  tsat?: LabEntry
  text: string
}

/**
 * The iron picture from the latest ferritin and TSAT (PROTOCOL.md: treat if ferritin ≤ 75 OR TSAT < 20 %), so
 * a good ferritin with a low TSAT never reads as "in the target range". Null without a ferritin.
 */
export function ironStatus(entries: readonly LabEntry[]): IronStatus | null {
  const ferritin = latestLab(entries, 'ferritin')
  if (!ferritin) return null
  const latestTsat = latestLab(entries, 'tsat')
  const tsat = latestTsat && latestTsat.date >= monthsBefore(ferritin.date) ? latestTsat : undefined
  const high = ferritin.value > FERRITIN_HIGH_ABOVE || (tsat !== undefined && tsat.value > TSAT_HIGH_ABOVE)
  const treat =
    ferritin.value <= FERRITIN_TREAT_AT_OR_BELOW || (tsat !== undefined && tsat.value < TSAT_LOW_BELOW)
  const state = high ? 'high' : treat ? 'treat' : 'target'
  const out: IronStatus = { state, ferritin, text: ironStatusText(state, ferritin, tsat) }
  if (tsat) out.tsat = tsat
  return out
}

function ironStatusText(state: IronStatus['state'], ferritin: LabEntry, tsat: LabEntry | undefined): string {
  const values = `ferritin ${ferritin.value} ng/mL on ${ferritin.date}${tsat ? `, TSAT ${tsat.value} % on ${tsat.date}` : ''}`
  if (state === 'high') return `Your iron may be high (${values}). ${IRON_HIGH_NOTE}`
  if (state === 'treat') {
    const why =
      ferritin.value <= FERRITIN_TREAT_AT_OR_BELOW
        ? 'ferritin is 75 or below'
        : 'TSAT is below 20 %, even though ferritin is above 75'
    return `Your iron is below the target for restless legs (${values}): ${why}. Worth raising with your doctor.`
  }
  const tsatWord = tsat ? '' : ' No TSAT is logged for it; ask for one with your next ferritin.'
  return `Your ferritin is in the target range for restless legs (${values}).${tsatWord}`
}

/**
 * The one definition of "3 months" (PROTOCOL.md: recheck every 3 months; 3–6 months of iron): the same day
 * of the month 3 months on, or the month's last day when it has no such day (2026-11-30 → 2027-02-28).
 * A date on or after it counts as "3 months later".
 */
export const RECHECK_MONTHS = 3

export function monthsAfter(date: string, months = RECHECK_MONTHS): string {
  return Temporal.PlainDate.from(date).add({ months }).toString()
}

export function monthsBefore(date: string, months = RECHECK_MONTHS): string {
  return Temporal.PlainDate.from(date).subtract({ months }).toString()
}

/** Whether `later` lies at least 3 months (as above) after `earlier`; the due date itself counts. */
export function atLeastMonthsApart(earlier: string, later: string, months = RECHECK_MONTHS): boolean {
  return later >= monthsAfter(earlier, months)
}

/** After this many days past the due date, a recheck counts as overdue rather than just due. */
export const OVERDUE_AFTER_DAYS = 30

export interface Recheck {
  lastDate: string
  dueDate: string
  status: 'upcoming' | 'due' | 'overdue'
  /** Negative once the due date has passed. */
  daysUntilDue: number
}

/** When ferritin should be measured again: 3 months after the latest ferritin entry. Null without any. */
export function ferritinRecheck(entries: readonly LabEntry[], today: string): Recheck | null {
  if (!isRealDate(today)) throw new RangeError(`today: ${DATE_EXPECTED}, got ${describeInput(today)}`)
  const last = latestLab(entries, 'ferritin')
  if (!last) return null
  const dueDate = monthsAfter(last.date)
  const daysUntilDue = daysBetween(today, dueDate)
  const status = daysUntilDue > 0 ? 'upcoming' : -daysUntilDue > OVERDUE_AFTER_DAYS ? 'overdue' : 'due'
  return { lastDate: last.date, dueDate, status, daysUntilDue }
}

/** The entry of a kind with the latest date; for equal dates, the later one in the list. */
export function latestLab(entries: readonly LabEntry[], kind: LabKind): LabEntry | undefined {
  let latest: LabEntry | undefined
  for (const entry of entries) {
    if (entry.kind === kind && (!latest || entry.date >= latest.date)) latest = entry
  }
  return latest
}

/** Entries of one kind in date order, for the trend chart. */
export function labSeries(entries: readonly LabEntry[], kind: LabKind): { date: string; value: number }[] {
  return entries
    .filter((e) => e.kind === kind)
    .map((e) => ({ date: e.date, value: e.value }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}
