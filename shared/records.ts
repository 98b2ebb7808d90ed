// What Eventide remembers about one night: the tonight-only bedtime, step outcomes, what was notified.
import { z } from 'zod'
import { isRealDate } from './calendar-days.ts'
import { describeInput } from './errors.ts'
import { flag, hhmmField, nightKey, stepIdField } from './fields.ts'

export const STEP_STATUSES = ['done', 'skipped', 'missed'] as const
export type StepStatus = (typeof STEP_STATUSES)[number]

// Instants are stored as ISO strings with an offset. The pattern bounds every part (hour 23, minute and
// second 59, offset ±23:59) and the date must exist, so "T25:10" or "02-30" never reaches a file.
const INSTANT_PATTERN =
  /^(\d{4}-\d{2}-\d{2})T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:[+-](?:[01]\d|2[0-3]):[0-5]\d|Z)$/
const INSTANT_EXPECTED = 'expected an ISO date-time with offset'
export const instantSchema = z
  .string({ error: (iss) => `expected a date-time, got ${describeInput(iss.input)}` })
  .refine((s) => isRealDate(INSTANT_PATTERN.exec(s)?.[1] ?? ''), {
    error: (iss) => `${INSTANT_EXPECTED}, got ${describeInput(iss.input)}`,
  })

const stepIdSchema = stepIdField()

export const stepOutcomeSchema = z.strictObject({
  status: z.enum(STEP_STATUSES, {
    error: (iss) => `expected done, skipped or missed, got ${describeInput(iss.input)}`,
  }),
  at: instantSchema,
})
export type StepOutcome = z.infer<typeof stepOutcomeSchema>

export const nightRecordSchema = z.strictObject({
  bedtimeOverride: hhmmField().optional(),
  steps: z.record(stepIdSchema, stepOutcomeSchema),
  notified: z.array(stepIdSchema).max(100),
  headsUp: z.array(stepIdSchema).max(100),
  snoozed: z.record(stepIdSchema, instantSchema),
  paused: flag(),
  /** Set once the "N steps passed while away" summary went out, so it is never repeated. */
  summarized: z.array(stepIdSchema).max(100),
  /** The step ids planned that night, so history judges old nights by their own plan. */
  planned: z.array(stepIdSchema).max(100).optional(),
  /** Steps that got their one second nudge (shared/escalation.ts). */
  nudged: z.array(stepIdSchema).max(100).optional(),
})
export type NightRecord = z.infer<typeof nightRecordSchema>

export const nightKeySchema = nightKey()

export function emptyNightRecord(): NightRecord {
  return { steps: {}, notified: [], headsUp: [], snoozed: {}, paused: false, summarized: [] }
}

/** A copy whose lists and maps can be changed without touching the original. */
export function copyRecord(record: NightRecord): NightRecord {
  return {
    ...record,
    steps: { ...record.steps },
    snoozed: { ...record.snoozed },
    notified: [...record.notified],
    headsUp: [...record.headsUp],
    summarized: [...record.summarized],
    ...(record.planned ? { planned: [...record.planned] } : {}),
    ...(record.nudged ? { nudged: [...record.nudged] } : {}),
  }
}
