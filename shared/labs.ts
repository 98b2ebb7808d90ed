// Lab results the person logs (ferritin, TSAT, 25-OH vitamin D), their target bands from PROTOCOL.md, and
// the 3-monthly ferritin recheck.
import { Temporal } from 'temporal-polyfill'
import { z } from 'zod'
import { describeInput, parseOrThrow, ValidationError } from './errors.ts'
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
    throw new ValidationError([`date: expected a date on or before ${today}, got "${entry.date}"`])
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

/** Bands for the lab chart, from PROTOCOL.md. */
export const TARGET_BANDS: Readonly<Record<LabKind, readonly TargetBand[]>> = {
  ferritin: [
    { from: 50, to: 75, label: 'Minimum for restless legs' },
    { from: 75, to: null, label: 'Target for restless legs' },
  ],
  tsat: [{ from: 20, to: null, label: 'Not low' }],
  vitaminD: [{ from: 40, to: 60, label: 'Target' }],
}

export interface LabClassification {
  band: LabBand
  text: string
}

/** Which band a value falls in, with a short calm sentence for the person. */
export function classifyLab(entry: Pick<LabEntry, 'kind' | 'value'>): LabClassification {
  const v = entry.value
  switch (entry.kind) {
    case 'ferritin':
      if (v < 50) {
        return {
          band: 'low',
          text: 'Below 50 ng/mL: low for restless legs, even where the lab calls it normal. Worth raising with your doctor.',
        }
      }
      if (v < 75) {
        return {
          band: 'borderline',
          text: '50–75 ng/mL: at the minimum for restless legs. The target is 75 or more; many people need over 100.',
        }
      }
      return { band: 'target', text: '75 ng/mL or more: in the target range for restless legs.' }
    case 'tsat':
      if (v < 20) {
        return {
          band: 'low',
          text: 'Below 20 %: low. Worth raising with your doctor, together with your ferritin.',
        }
      }
      return { band: 'target', text: '20 % or more: not in the low range.' }
    case 'vitaminD':
      if (v < 20) return { band: 'low', text: 'Below 20 ng/mL: under even the usual lab minimum.' }
      if (v < 40)
        return { band: 'borderline', text: '20–40 ng/mL: within lab range, but below the 40–60 target.' }
      if (v <= 60) return { band: 'target', text: '40–60 ng/mL: in the target range.' }
      return { band: 'above', text: 'Above 60 ng/mL: higher than the 40–60 target.' }
  }
}

export const RECHECK_MONTHS = 3
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
  const dueDate = Temporal.PlainDate.from(last.date).add({ months: RECHECK_MONTHS }).toString()
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
