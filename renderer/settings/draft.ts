// The settings form as typed (text for times and numbers), and its check against the shared schema.
import { fieldPath, type Problem } from '../../shared/errors.ts'
import type { ClockChoice, LanguageChoice } from '../../shared/i18n/index.ts'
import type { VitaminDUnit } from '../../shared/labs.ts'
import { CATALOGUE, describeStep } from '../../shared/protocol.ts'
import {
  OFFSET_MAX,
  OFFSET_MIN,
  type Settings,
  type StepSetting,
  settingsSchema,
  type Theme,
  WEEKDAYS,
  type Weekday,
} from '../../shared/settings.ts'
import { strings } from '../strings.ts'
import { plainMessage } from './validation.ts'

export interface StepDraft {
  id: string
  enabled: boolean
  anchor: 'bedtime' | 'clock'
  /** Minutes before bedtime as typed; the schema stores the negative offset. */
  before: string
  time: string
  untilTime: string
  durationMinutes?: number
  title: string
  instruction: string
}

export interface Draft {
  bedtime: string
  weekdays: Record<Weekday, string>
  steps: StepDraft[]
  notificationsEnabled: boolean
  sound: boolean
  headsUp: string
  snooze: string
  grace: string
  /** The step that gets one second nudge; '' when that is off. */
  escalationStep: string
  escalationAfter: string
  launchAtLogin: boolean
  theme: Theme
  checkInEnabled: boolean
  checkInTime: string
  pregnant: boolean
  kidneyDisease: boolean
  malabsorption: boolean
  neuropathy: boolean
  vitaminDUnit: VitaminDUnit
  updateChecks: boolean
  language: LanguageChoice
  clock: ClockChoice
}

/** Field key (as shared/errors.ts `fieldPath` writes it) to the message shown under that field. */
export type FieldErrors = Record<string, string>

export const MAX_MINUTES_BEFORE = -OFFSET_MIN

export function isCustom(id: string): boolean {
  return !CATALOGUE[id]
}

/** The name a step goes by in the form: the catalogue's, or a custom step's own (or "Untitled"). */
export function stepTitle(step: StepDraft): string {
  return isCustom(step.id)
    ? step.title.trim() || strings.settings.untitled
    : describeStep({ id: step.id }).title
}

export function stepToDraft(step: StepSetting): StepDraft {
  const draft: StepDraft = {
    id: step.id,
    enabled: step.enabled,
    anchor: step.anchor,
    before: step.anchor === 'bedtime' ? String(-step.offsetMinutes) : '30',
    time: step.anchor === 'clock' ? step.time : '21:00',
    untilTime: step.anchor === 'clock' ? (step.untilTime ?? '') : '',
    title: step.title ?? '',
    instruction: step.instruction ?? '',
  }
  if (step.anchor === 'bedtime' && step.durationMinutes !== undefined)
    draft.durationMinutes = step.durationMinutes
  return draft
}

export function toDraft(settings: Settings): Draft {
  const n = settings.notifications
  return {
    bedtime: settings.bedtime,
    weekdays: Object.fromEntries(WEEKDAYS.map((d) => [d, settings.bedtimeByWeekday[d] ?? ''])) as Record<
      Weekday,
      string
    >,
    steps: settings.steps.map(stepToDraft),
    notificationsEnabled: n.enabled,
    sound: n.sound,
    headsUp: String(n.headsUpMinutes),
    snooze: String(n.snoozeMinutes),
    grace: String(n.graceMinutes),
    escalationStep: settings.escalation?.stepId ?? '',
    escalationAfter: String(settings.escalation?.afterMinutes ?? 15),
    launchAtLogin: settings.launchAtLogin,
    theme: settings.theme,
    checkInEnabled: settings.checkInEnabled,
    checkInTime: settings.checkInTime,
    pregnant: settings.health.pregnant,
    kidneyDisease: settings.health.kidneyDisease,
    malabsorption: settings.health.malabsorption ?? false,
    neuropathy: settings.health.neuropathy ?? false,
    vitaminDUnit: settings.vitaminDUnit ?? 'ng/mL',
    updateChecks: settings.updateChecks,
    language: settings.language ?? 'system',
    clock: settings.clock ?? 'system',
  }
}

/** Whole numbers become numbers; anything else is passed on so the schema can quote it back. */
function numberOf(text: string): number | string | undefined {
  const trimmed = text.trim()
  if (trimmed === '') return undefined
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed
}

function optionalText(text: string): string | undefined {
  return text.trim() === '' ? undefined : text
}

function stepFromDraft(step: StepDraft, index: number, errors: FieldErrors): unknown {
  const common = {
    id: step.id,
    enabled: step.enabled,
    // Custom steps must keep their (possibly empty) title so the schema can ask for one.
    title: isCustom(step.id) ? step.title : optionalText(step.title),
    instruction: optionalText(step.instruction),
  }
  if (step.anchor === 'clock') {
    return {
      ...common,
      anchor: 'clock',
      time: step.time.trim(),
      untilTime: optionalText(step.untilTime.trim()),
    }
  }
  const raw = step.before.trim()
  const minutes = /^\d+$/.test(raw) ? Number(raw) : Number.NaN
  let offsetMinutes = 0
  if (Number.isInteger(minutes) && minutes <= MAX_MINUTES_BEFORE && -minutes <= OFFSET_MAX) {
    offsetMinutes = minutes === 0 ? 0 : -minutes
  } else {
    errors[`steps[${index}].offsetMinutes`] = plainMessage(`steps[${index}].offsetMinutes`, { message: raw })
  }
  const out: Record<string, unknown> = { ...common, anchor: 'bedtime', offsetMinutes }
  if (step.durationMinutes !== undefined) out.durationMinutes = step.durationMinutes
  return out
}

/** The settings to save, or null while any field is invalid; `errors` says what is wrong where. */
export function checkDraft(draft: Draft, base: Settings): { settings: Settings | null; errors: FieldErrors } {
  const errors: FieldErrors = {}
  const candidate = {
    ...base,
    bedtime: draft.bedtime.trim(),
    bedtimeByWeekday: Object.fromEntries(
      WEEKDAYS.flatMap((d) => (draft.weekdays[d].trim() ? [[d, draft.weekdays[d].trim()]] : [])),
    ),
    steps: draft.steps.map((step, index) => stepFromDraft(step, index, errors)),
    notifications: {
      enabled: draft.notificationsEnabled,
      sound: draft.sound,
      headsUpMinutes: numberOf(draft.headsUp),
      snoozeMinutes: numberOf(draft.snooze),
      graceMinutes: numberOf(draft.grace),
    },
    launchAtLogin: draft.launchAtLogin,
    theme: draft.theme,
    checkInEnabled: draft.checkInEnabled,
    checkInTime: draft.checkInTime.trim(),
    health: {
      pregnant: draft.pregnant,
      kidneyDisease: draft.kidneyDisease,
      malabsorption: draft.malabsorption,
      neuropathy: draft.neuropathy,
    },
    vitaminDUnit: draft.vitaminDUnit,
    // Off is no escalation at all; the base's old choice must not survive a switch to off.
    escalation: draft.escalationStep
      ? { stepId: draft.escalationStep, afterMinutes: numberOf(draft.escalationAfter) }
      : undefined,
    updateChecks: draft.updateChecks,
    language: draft.language,
    clock: draft.clock,
  }
  const result = settingsSchema.safeParse(candidate)
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = fieldPath(issue.path)
      errors[key] ??= plainMessage(key, {
        code: issue.code,
        ...('maximum' in issue ? { maximum: issue.maximum as number | bigint } : {}),
        message: issue.message,
      })
    }
  }
  const valid = result.success && Object.keys(errors).length === 0
  return { settings: valid ? result.data : null, errors }
}

/** Sorts contract problems into per-field messages (by their path) and the rest (no path). */
export function splitProblems(problems: readonly Problem[]): { byField: FieldErrors; general: string[] } {
  const byField: FieldErrors = {}
  const general: string[] = []
  for (const problem of problems) {
    if (problem.path) byField[problem.path] ??= plainMessage(problem.path, { message: problem.message })
    else general.push(problem.message)
  }
  return { byField, general }
}

/** The health notes as cautions see them. */
export function draftFlags(draft: Draft): { pregnant: boolean; kidneyDisease: boolean; neuropathy: boolean } {
  return { pregnant: draft.pregnant, kidneyDisease: draft.kidneyDisease, neuropathy: draft.neuropathy }
}
