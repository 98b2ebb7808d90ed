// The user's settings: one schema, its defaults, and validation that names each bad field.
import { z } from 'zod'
import { describeInput, parseOrThrow } from './errors.ts'
import { flag, hhmmField, stepIdField, wholeNumber } from './fields.ts'
import { CLOCK_CHOICES, LANGUAGE_CHOICES } from './i18n/index.ts'
import { VITAMIN_D_UNITS } from './labs.ts'
import { CATALOGUE, defaultStepSettings } from './protocol.ts'

const hhmm = hhmmField

const text = (max: number) =>
  z
    .string({ error: (iss) => `expected text, got ${describeInput(iss.input)}` })
    .trim()
    .min(1, { error: 'expected some text, got an empty value' })
    .max(max, { error: `expected at most ${max} characters` })

export { STEP_ID_PATTERN } from './fields.ts'
export const OFFSET_MIN = -720
export const OFFSET_MAX = 0

const stepId = stepIdField

const common = {
  id: stepId(),
  enabled: flag(),
  title: text(60).optional(),
  instruction: text(200).optional(),
}

export const bedtimeStepSchema = z.strictObject({
  ...common,
  anchor: z.literal('bedtime'),
  offsetMinutes: wholeNumber(OFFSET_MIN, OFFSET_MAX),
  durationMinutes: wholeNumber(1, 180).optional(),
})

export const clockStepSchema = z.strictObject({
  ...common,
  anchor: z.literal('clock'),
  time: hhmm(),
  untilTime: hhmm().optional(),
})

export const stepSettingSchema = z.discriminatedUnion('anchor', [bedtimeStepSchema, clockStepSchema], {
  error: (iss) =>
    iss.code === 'invalid_union'
      ? // Stryker disable next-line OptionalChaining: zod reports invalid_union only for an object input (anything else is invalid_type)
        `expected anchor "bedtime" or "clock", got ${describeInput((iss.input as { anchor?: unknown } | undefined)?.anchor)}`
      : `expected a step, got ${describeInput(iss.input)}`,
})

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Weekday = (typeof WEEKDAYS)[number]

export const bedtimeByWeekdaySchema = z.strictObject(
  Object.fromEntries(WEEKDAYS.map((d) => [d, hhmm().optional()])) as Record<
    Weekday,
    z.ZodOptional<ReturnType<typeof hhmm>>
  >,
)

export const notificationSettingsSchema = z.strictObject({
  enabled: flag(),
  sound: flag(),
  headsUpMinutes: wholeNumber(0, 120),
  snoozeMinutes: wholeNumber(1, 120),
  graceMinutes: wholeNumber(0, 120),
})

export const healthSettingsSchema = z.strictObject({
  pregnant: flag(),
  kidneyDisease: flag(),
  // Added later, so optional: files saved before them, and absent, mean false.
  /** Coeliac disease, IBD or bariatric surgery: iron by mouth may not be absorbed. */
  malabsorption: flag().optional(),
  /** Neuropathy or diabetes: reduced feeling in the feet (scald and compression cautions). */
  neuropathy: flag().optional(),
})

export const THEMES = ['system', 'light', 'dark'] as const

/** One second nudge for a chosen step still not ticked this long after its reminder; absent = off. */
export const escalationSchema = z.strictObject({
  stepId: stepId(),
  afterMinutes: wholeNumber(5, 180),
})

export const settingsSchema = z
  .strictObject({
    bedtime: hhmm(),
    bedtimeByWeekday: bedtimeByWeekdaySchema,
    steps: z.array(stepSettingSchema).max(60, { error: 'expected at most 60 steps' }),
    notifications: notificationSettingsSchema,
    checkInTime: hhmm(),
    checkInEnabled: flag(),
    launchAtLogin: flag(),
    theme: z.enum(THEMES, {
      error: (iss) => `expected system, light or dark, got ${describeInput(iss.input)}`,
    }),
    firstRunDone: flag(),
    health: healthSettingsSchema,
    /** The unit vitamin D results are typed and shown in (absent: ng/mL); they are stored in ng/mL. */
    vitaminDUnit: z
      .enum(VITAMIN_D_UNITS, { error: (iss) => `expected ng/mL or nmol/L, got ${describeInput(iss.input)}` })
      .optional(),
    escalation: escalationSchema.optional(),
    // Off unless the person turns it on: until then Eventide makes no network connection at all.
    // Settings saved before this field existed read as off.
    updateChecks: flag().default(false),
    // The text language and the clock; absent (settings saved before they existed) means the system's.
    language: z
      .enum(LANGUAGE_CHOICES, {
        error: (iss) => `expected system, en, de or es, got ${describeInput(iss.input)}`,
      })
      .optional(),
    clock: z
      .enum(CLOCK_CHOICES, { error: (iss) => `expected system, 24h or 12h, got ${describeInput(iss.input)}` })
      .optional(),
  })
  .superRefine((settings, ctx) => {
    const seen = new Set<string>()
    settings.steps.forEach((step, index) => {
      if (seen.has(step.id)) {
        ctx.addIssue({
          // Stryker disable next-line StringLiteral: no reader of settings problems looks at a custom issue's code, only its path and message
          code: 'custom',
          path: ['steps', index, 'id'],
          message: `expected a unique id, "${step.id}" is used twice`,
        })
      }
      seen.add(step.id)
      if (!CATALOGUE[step.id] && !step.title) {
        ctx.addIssue({
          // Stryker disable next-line StringLiteral: no reader of settings problems looks at a custom issue's code, only its path and message
          code: 'custom',
          path: ['steps', index, 'title'],
          message: 'expected a title for a custom step',
        })
      }
    })
  })

export type Settings = z.infer<typeof settingsSchema>
export type StepSetting = z.infer<typeof stepSettingSchema>
export type BedtimeStepSetting = z.infer<typeof bedtimeStepSchema>
export type ClockStepSetting = z.infer<typeof clockStepSchema>
export type NotificationSettings = z.infer<typeof notificationSettingsSchema>
export type Theme = (typeof THEMES)[number]

export function defaultSettings(): Settings {
  return {
    bedtime: '22:30',
    bedtimeByWeekday: {},
    steps: defaultStepSettings(),
    notifications: { enabled: true, sound: true, headsUpMinutes: 0, snoozeMinutes: 10, graceMinutes: 15 },
    checkInTime: '08:00',
    checkInEnabled: true,
    launchAtLogin: false,
    theme: 'system',
    firstRunDone: false,
    health: { pregnant: false, kidneyDisease: false, malabsorption: false, neuropathy: false },
    updateChecks: false,
  }
}

/** Validates settings; the error lists every bad field as `path: expected …, got …`. */
export function parseSettings(value: unknown): Settings {
  return parseOrThrow(settingsSchema, value)
}

/** The smallest free `custom-N` id, so ids stay short and stable. */
export function newCustomStepId(existingIds: Iterable<string>): string {
  const taken = new Set(existingIds)
  for (let n = 1; ; n++) {
    const id = `custom-${n}`
    if (!taken.has(id)) return id
  }
}
