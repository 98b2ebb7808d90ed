// The morning check-in: how last night went, on the app's own 0–10 scales (never the copyrighted IRLS items).
import { Temporal } from 'temporal-polyfill'
import { z } from 'zod'
import { describeInput, parseOrThrow } from './errors.ts'
import { flag, hhmmField, text, wholeNumber } from './fields.ts'
import { parseHHMM } from './hhmm.ts'
import { formatTime, liveTexts, t } from './i18n/index.ts'
import { addDays, checkTimeZone, NOON, nightOf, parseNight, zonedFromMs } from './night.ts'
import { instantSchema } from './records.ts'
import { sleepDiarySchema } from './sleep-diary.ts'

export const ONSETS = ['none', 'bedtime', 'evening', 'daytime'] as const
export type Onset = (typeof ONSETS)[number]

// Labels are getters, so each read speaks the language in effect (shared/i18n), while callers keep indexing.
export const ONSET_LABELS: Readonly<Record<Onset, string>> = liveTexts(ONSETS, (onset) =>
  t(`checkin.option.onset.${onset}`),
)

export const TRIGGER_IDS = [
  'caffeineAfter14',
  'alcohol',
  'nicotine',
  'lateExercise',
  'antihistamine',
] as const
export type TriggerId = (typeof TRIGGER_IDS)[number]

export const TRIGGER_LABELS: Readonly<Record<TriggerId, string>> = liveTexts(TRIGGER_IDS, (id) =>
  // The cut-off is a clock time, so it reads "14:00" or "2:00 pm" as the person's clock does.
  t(`checkin.option.trigger.${id}`, { time: formatTime('14:00') }),
)

export const NOTE_MAX = 1000

/** Where symptoms were felt: spread beyond the legs is one of augmentation's three signs. */
export const BODY_PARTS = ['legs', 'arms', 'trunk'] as const
export type BodyPart = (typeof BODY_PARTS)[number]

export const BODY_PART_LABELS: Readonly<Record<BodyPart, string>> = liveTexts(BODY_PARTS, (part) =>
  t(`checkin.option.body.${part}`),
)

/** "How long could you sit or lie still before symptoms started?", shortest first. */
export const REST_BUCKETS = ['under15', '15to30', '30to60', '60to120', 'over120'] as const
export type RestBucket = (typeof REST_BUCKETS)[number]

export const REST_LABELS: Readonly<Record<RestBucket, string>> = liveTexts(REST_BUCKETS, (bucket) =>
  t(`checkin.option.rest.${bucket}`),
)

export const triggersSchema = z.strictObject(
  Object.fromEntries(TRIGGER_IDS.map((id) => [id, flag()])) as Record<TriggerId, ReturnType<typeof flag>>,
)

export const checkInSchema = z.strictObject({
  severity: wholeNumber(0, 10),
  sleepQuality: wholeNumber(0, 10),
  onset: z.enum(ONSETS, {
    error: (iss) => `expected none, bedtime, evening or daytime, got ${describeInput(iss.input)}`,
  }),
  triggers: triggersSchema,
  note: text(NOTE_MAX),
  savedAt: instantSchema,
  // Optional quick answers for the augmentation watch and the sleep diary; older check-ins lack them.
  /** The clock time symptoms started; the buckets above stay the one required answer. */
  onsetTime: hhmmField().optional(),
  bodyParts: z
    .array(
      z.enum(BODY_PARTS, {
        error: (iss) => `expected legs, arms or trunk, got ${describeInput(iss.input)}`,
      }),
    )
    .max(BODY_PARTS.length, { error: `expected at most ${BODY_PARTS.length} body parts` })
    .refine((parts) => new Set(parts).size === parts.length, { error: 'expected each body part once' })
    .optional(),
  restBeforeSymptoms: z
    .enum(REST_BUCKETS, {
      error: (iss) => `expected one of ${REST_BUCKETS.join(', ')}, got ${describeInput(iss.input)}`,
    })
    .optional(),
  diary: sleepDiarySchema.optional(),
})

export type CheckIn = z.infer<typeof checkInSchema>
export type Triggers = CheckIn['triggers']

/** Validates a check-in; the error lists every bad field as `path: expected …, got …`. */
export function parseCheckIn(value: unknown): CheckIn {
  return parseOrThrow(checkInSchema, value)
}

export function noTriggers(): Triggers {
  return {
    caffeineAfter14: false,
    alcohol: false,
    nicotine: false,
    lateExercise: false,
    antihistamine: false,
  }
}

/**
 * The night a check-in made now is about. Before noon that is the night still ending (the noon rule,
 * so a morning check-in belongs to the night before); from noon on, tonight has not happened yet, so it
 * is still last night. Either way: the local calendar date minus one day.
 */
export function checkInNightFor(nowMs: number, timeZone: string): string {
  const zone = checkTimeZone(timeZone)
  const night = nightOf(nowMs, zone)
  return zonedFromMs(nowMs, zone).hour < 12 ? night : addDays(night, -1)
}

export interface CheckInDueInput {
  /** settings.checkInTime, HH:MM. */
  checkInTime: string
  nowMs: number
  timeZone: string
  /** Whether the night `checkInNightFor(nowMs)` already has a check-in. */
  alreadyCheckedIn: boolean
}

/**
 * Whether to prompt for last night's check-in now: from the check-in time on the morning after the night
 * until noon. A check-in time set at or after noon keeps the prompt open until midnight instead.
 * Wall-clock comparison, so a check-in time inside a DST gap simply counts as passed once the clock jumps.
 */
export function checkInDue(input: CheckInDueInput): boolean {
  const at = parseHHMM(input.checkInTime, 'checkInTime')
  if (input.alreadyCheckedIn) return false
  const local = zonedFromMs(input.nowMs, checkTimeZone(input.timeZone))
  const minutes = local.hour * 60 + local.minute
  const closes = at < NOON ? NOON : 24 * 60
  return minutes >= at && minutes < closes
}

/** The instant (epoch ms) the check-in for `night` becomes due: the check-in time on the next morning. */
export function checkInDueAtMs(night: string, checkInTime: string, timeZone: string): number {
  const minutes = parseHHMM(checkInTime, 'checkInTime')
  const morning = parseNight(night).add({ days: 1 })
  const time = new Temporal.PlainTime(Math.floor(minutes / 60), minutes % 60)
  return morning.toZonedDateTime({ timeZone: checkTimeZone(timeZone), plainTime: time }).epochMilliseconds
}
