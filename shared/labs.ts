// Lab results the person logs (ferritin, TSAT, 25-OH vitamin D), their target bands from PROTOCOL.md, and
// the 3-monthly ferritin recheck. The texts are in the catalogue (shared/i18n/clinical-*.ts).
import { Temporal } from 'temporal-polyfill'
import { z } from 'zod'
import { describeInput, parseOrThrow, problem, ValidationError } from './errors.ts'
import { DATE_EXPECTED, dateField, daysBetween, entryId, isRealDate, text } from './fields.ts'
import { formatLongDate, type MessageKey, t } from './i18n/index.ts'

export const LAB_KINDS = ['ferritin', 'tsat', 'vitaminD'] as const
export type LabKind = (typeof LAB_KINDS)[number]

export interface LabInfo {
  readonly label: string
  /** The name inside a sentence. */
  readonly name: string
  unit: string
  /** Plausible range for entry; values outside are almost certainly typos or another unit. */
  min: number
  max: number
}

/** A lab's label and name in the current language, read when shown. */
function labInfo(kind: LabKind, unit: string, min: number, max: number): LabInfo {
  return {
    get label() {
      return t(`clinical.lab.${kind}.label`)
    },
    get name() {
      return t(`clinical.lab.${kind}.name`)
    },
    unit,
    min,
    max,
  }
}

export const LAB_INFO: Readonly<Record<LabKind, LabInfo>> = {
  ferritin: labInfo('ferritin', 'ng/mL', 1, 2000),
  tsat: labInfo('tsat', '%', 1, 100),
  vitaminD: labInfo('vitaminD', 'ng/mL', 1, 200),
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
        // Stryker disable next-line StringLiteral: formatIssues reads only the path and message, never the code
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
  readonly label: string
}

function band(from: number, to: number | null, key: MessageKey): TargetBand {
  return {
    from,
    to,
    get label() {
      return t(key)
    },
  }
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
    band(FERRITIN_MINIMUM, FERRITIN_TREAT_AT_OR_BELOW, 'clinical.lab.band.ferritinMinimum'),
    band(FERRITIN_TREAT_AT_OR_BELOW, FERRITIN_HIGH_ABOVE, 'clinical.lab.band.ferritinTarget'),
  ],
  tsat: [band(TSAT_LOW_BELOW, TSAT_HIGH_ABOVE, 'clinical.lab.band.tsatNotLow')],
  vitaminD: [band(40, 60, 'clinical.lab.band.vitaminDTarget')],
}

export interface LabClassification {
  band: LabBand
  text: string
}

/** Said wherever iron may be too high. */
export function ironHighNote(): string {
  return t('clinical.lab.ironHighNote')
}

/** Which band a value falls in, with a short calm sentence for the person. Vitamin D is in ng/mL. */
export function classifyLab(entry: Pick<LabEntry, 'kind' | 'value'>): LabClassification {
  const v = entry.value
  const said = (band: LabBand, key: MessageKey): LabClassification => ({ band, text: t(key) })
  switch (entry.kind) {
    case 'ferritin':
      if (v < FERRITIN_MINIMUM) return said('low', 'clinical.lab.ferritin.low')
      if (v <= FERRITIN_TREAT_AT_OR_BELOW) return said('borderline', 'clinical.lab.ferritin.borderline')
      if (v <= FERRITIN_HIGH_ABOVE) return said('target', 'clinical.lab.ferritin.target')
      return { band: 'above', text: t('clinical.lab.ferritin.above', { ironHighNote: ironHighNote() }) }
    case 'tsat':
      if (v < TSAT_LOW_BELOW) return said('low', 'clinical.lab.tsat.low')
      if (v <= TSAT_HIGH_ABOVE) return said('target', 'clinical.lab.tsat.target')
      return said('above', 'clinical.lab.tsat.above')
    case 'vitaminD':
      if (v < 20) return said('low', 'clinical.lab.vitaminD.low')
      if (v < 40) return said('borderline', 'clinical.lab.vitaminD.borderline')
      if (v <= 60) return said('target', 'clinical.lab.vitaminD.target')
      return said('above', 'clinical.lab.vitaminD.above')
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
  // Stryker disable next-line ConditionalExpression: every caller reads tsat by truthiness, so undefined and absent are alike
  if (tsat) out.tsat = tsat
  return out
}

function ironStatusText(state: IronStatus['state'], ferritin: LabEntry, tsat: LabEntry | undefined): string {
  const values = ironValues(ferritin, tsat)
  if (state === 'high') return t('clinical.iron.high', { values, ironHighNote: ironHighNote() })
  if (state === 'treat') {
    return ferritin.value <= FERRITIN_TREAT_AT_OR_BELOW
      ? t('clinical.iron.treatFerritin', { values })
      : t('clinical.iron.treatTsat', { values })
  }
  return t(tsat ? 'clinical.iron.target' : 'clinical.iron.targetNoTsat', { values })
}

/** "ferritin 90 ng/mL on 1 Nov 2026, TSAT 30 % on 1 Nov 2026", in the current language. */
export function ironValues(ferritin: LabEntry, tsat: LabEntry | undefined): string {
  const ferritinValues = { ferritin: ferritin.value, ferritinDate: formatLongDate(ferritin.date) }
  return tsat
    ? t('clinical.iron.valuesWithTsat', {
        ...ferritinValues,
        tsat: tsat.value,
        tsatDate: formatLongDate(tsat.date),
      })
    : t('clinical.iron.values', ferritinValues)
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
    .sort(byDate)
}

function byDate(a: { date: string }, b: { date: string }): number {
  if (a.date < b.date) return -1
  // Stryker disable next-line EqualityOperator,ConditionalExpression: V8's sort only asks whether the result is below 0, so 0 and 1 are alike
  return a.date > b.date ? 1 : 0
}
