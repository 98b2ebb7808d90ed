// Doctor prompts: calm, dismissible banners that suggest a conversation with a doctor and say why they
// appeared and which date they rest on. They never recommend a prescription drug or a dose; the medication
// prompt only repeats the name the person typed into their own list. Each also has a line for the doctor
// summary, written about the patient. The words are in the catalogue (shared/i18n/clinical-*.ts), dates as people
// read them.
import { augmentationPrompts } from './augmentation-prompt.ts'
import type { CheckIn } from './checkin.ts'
import { describeInput } from './errors.ts'
import { DATE_EXPECTED, isRealDate } from './fields.ts'
import { formatLongDate as day, formatList, t } from './i18n/index.ts'
import {
  atLeastMonthsApart,
  FERRITIN_HIGH_ABOVE,
  ironStatus,
  ironValues,
  type LabEntry,
  TSAT_HIGH_ABOVE,
} from './labs.ts'
import type { MedicineEntry } from './medicines.ts'
import {
  ADHERENCE_MIN_PERCENT,
  CHECK_IN_MAX_AGE_DAYS,
  LAB_MAX_AGE_MONTHS,
  olderThanDays,
  olderThanMonths,
  type RoutineAdherence,
  recentSeverity,
  SEVERE,
  severeRun,
} from './prompt-rules.ts'
import { matchMedicine } from './watchlist.ts'

export {
  ADHERENCE_MIN_PERCENT,
  CHECK_IN_MAX_AGE_DAYS,
  LAB_MAX_AGE_MONTHS,
  type RoutineAdherence,
  routineAdherence,
  SEVERE,
  SEVERE_RUN,
  SEVERE_WITHIN_NIGHTS,
} from './prompt-rules.ts'

export const FERRITIN_STILL_LOW = 25
export const FERRITIN_TARGET = 75

export type PromptKind =
  | 'pregnancy'
  | 'kidney-disease'
  | 'malabsorption'
  | 'severe-nights'
  | 'ferritin-low-on-iron'
  | 'iron-high'
  | 'discuss-treatment'
  | 'medication'
  | 'augmentation'
  | 'symptoms-changing'

export interface DoctorPrompt {
  /** Stable for one situation: dismissing it hides it until the situation changes (a new run, a new lab). */
  id: string
  kind: PromptKind
  title: string
  body: string
  /** "Why this appeared", in plain words, with the date the data is from. */
  reason: string
  /** The date of the newest data the prompt rests on (YYYY-MM-DD); absent for settings and the medicine list. */
  basedOn?: string
  /** The same point for the doctor summary, about the patient: "The patient noted kidney disease." */
  forDoctor: string
  dismissible: true
}

export interface PromptHealth {
  pregnant: boolean
  kidneyDisease: boolean
  malabsorption?: boolean
}

export interface PromptInput {
  /** The local date (YYYY-MM-DD): prompts resting on old data expire against it. */
  today: string
  /** Night → check-in. */
  checkIns: Readonly<Record<string, CheckIn>>
  health: PromptHealth
  labs: readonly LabEntry[]
  /** Date iron was started (see ironStartDate in medicines.ts); null or absent when no iron is logged. */
  ironStartedOn?: string | null
  /** An iron supplement is on the medicine list (with or without a start date). */
  takingIron?: boolean
  /** The person's medicine list: an entry on the watch list (not caffeine, alcohol or nicotine) is a suspected cause. */
  medicines?: readonly MedicineEntry[]
  /** How much of the evening routine was done over the nights of the recent check-ins; see routineAdherence. */
  adherence?: RoutineAdherence | null
  /** Prompt ids the person dismissed. */
  dismissed?: Iterable<string>
}

const prompt = (p: Omit<DoctorPrompt, 'dismissible'>): DoctorPrompt => ({ ...p, dismissible: true })

function checkDate(value: string | null | undefined, field: string): void {
  if (value != null && !isRealDate(value))
    throw new RangeError(`${field}: ${DATE_EXPECTED}, got ${describeInput(value)}`)
}

/** The prompts that apply now, in a fixed order, without the dismissed ones. */
export function doctorPrompts(input: PromptInput): DoctorPrompt[] {
  checkDate(input.today, 'today')
  checkDate(input.ironStartedOn, 'ironStartedOn')
  const { today } = input
  const medicines = input.medicines ?? []
  const dismissed = new Set(input.dismissed)
  const out: DoctorPrompt[] = [...flagPrompts(input.health)]

  const run = severeRun(input.checkIns)
  if (run && !olderThanDays(run.last, today, CHECK_IN_MAX_AGE_DAYS)) {
    const runValues = { count: run.count, first: day(run.first), last: day(run.last), severe: SEVERE }
    out.push(
      prompt({
        id: `severe-nights:${run.first}`,
        kind: 'severe-nights',
        title: t('clinical.prompt.severe.title'),
        body: t('clinical.prompt.severe.body'),
        reason: t('clinical.prompt.severe.reason', runValues),
        basedOn: run.last,
        forDoctor: t('clinical.prompt.severe.forDoctor', runValues),
      }),
    )
  }

  const iron = ironStatus(input.labs)
  const ferritin = iron?.ferritin
  const labFresh = ferritin !== undefined && !olderThanMonths(ferritin.date, today, LAB_MAX_AGE_MONTHS)
  if (ferritin && labFresh && input.ironStartedOn != null) {
    const start = input.ironStartedOn
    if (ferritin.value < FERRITIN_STILL_LOW && atLeastMonthsApart(start, ferritin.date)) {
      const values = { value: ferritin.value, date: day(ferritin.date), start: day(start) }
      out.push(
        prompt({
          id: `ferritin-low-on-iron:${ferritin.date}`,
          kind: 'ferritin-low-on-iron',
          title: t('clinical.prompt.ferritinLow.title'),
          body: t('clinical.prompt.ferritinLow.body'),
          reason: t('clinical.prompt.ferritinLow.reason', values),
          basedOn: ferritin.date,
          forDoctor: t('clinical.prompt.ferritinLow.forDoctor', values),
        }),
      )
    }
  }

  if (iron?.state === 'high' && labFresh && (input.takingIron || input.ironStartedOn != null)) {
    const values = ironValues(iron.ferritin, iron.tsat)
    // Stryker disable next-line EqualityOperator: on equal dates both branches give the same date
    const basedOn = iron.tsat && iron.tsat.date > iron.ferritin.date ? iron.tsat.date : iron.ferritin.date
    out.push(
      prompt({
        id: `iron-high:${basedOn}`,
        kind: 'iron-high',
        title: t('clinical.prompt.ironHigh.title'),
        body: t('clinical.prompt.ironHigh.body'),
        reason: t('clinical.prompt.ironHigh.reason', {
          values,
          ferritinHigh: FERRITIN_HIGH_ABOVE,
          tsatHigh: TSAT_HIGH_ABOVE,
        }),
        basedOn,
        forDoctor: t('clinical.prompt.ironHigh.forDoctor', { values }),
      }),
    )
  }

  const recent = recentSeverity(input.checkIns)
  const adherence = input.adherence
  if (
    iron?.state === 'target' &&
    ferritin &&
    labFresh &&
    recent.enough &&
    recent.mean >= SEVERE &&
    !olderThanDays(recent.last, today, CHECK_IN_MAX_AGE_DAYS) &&
    adherence &&
    adherence.percent >= ADHERENCE_MIN_PERCENT
  ) {
    const values = {
      value: ferritin.value,
      // Stryker disable next-line StringLiteral: 'no' is every catalogue's `other` branch ('yes' is pinned by the reason's text)
      hasTsat: iron.tsat ? 'yes' : 'no',
      tsat: iron.tsat?.value ?? 0,
      date: day(ferritin.date),
      count: recent.count,
      first: day(recent.first),
      last: day(recent.last),
      mean: recent.mean,
      percent: adherence.percent,
    }
    out.push(
      prompt({
        id: `discuss-treatment:${ferritin.date}`,
        kind: 'discuss-treatment',
        title: t('clinical.prompt.treatment.title'),
        body: t('clinical.prompt.treatment.body'),
        reason: t('clinical.prompt.treatment.reason', values),
        basedOn: recent.last,
        forDoctor: t('clinical.prompt.treatment.forDoctor', values),
      }),
    )
  }

  for (const entry of medicines) {
    const groups = [
      ...new Set(
        matchMedicine(entry.name)
          .filter((m) => m.level === 'watch' && m.group !== 'lifestyle')
          .map((m) => m.groupLabel),
      ),
    ]
    if (groups.length === 0) continue
    const values = { name: entry.name, groups: formatList(groups) }
    out.push(
      prompt({
        id: `medication:${entry.id.toLowerCase()}`,
        kind: 'medication',
        title: t('clinical.prompt.medication.title'),
        body: t('clinical.prompt.medication.body'),
        reason: t('clinical.prompt.medication.reason', values),
        forDoctor: t('clinical.prompt.medication.forDoctor', values),
      }),
    )
  }

  // Like every prompt resting on check-ins, the pattern expires when the check-ins stop.
  const changing = augmentationPrompts(input.checkIns, medicines)
  out.push(...changing.filter((p) => !p.basedOn || !olderThanDays(p.basedOn, today, CHECK_IN_MAX_AGE_DAYS)))
  return out.filter((p) => !dismissed.has(p.id))
}

function flagPrompts(health: PromptHealth): DoctorPrompt[] {
  const out: DoctorPrompt[] = []
  if (health.pregnant) {
    out.push(
      prompt({
        id: 'pregnancy',
        kind: 'pregnancy',
        title: t('clinical.prompt.pregnancy.title'),
        body: t('clinical.prompt.pregnancy.body'),
        reason: t('clinical.prompt.pregnancy.reason'),
        forDoctor: t('clinical.prompt.pregnancy.forDoctor'),
      }),
    )
  }
  if (health.kidneyDisease) {
    out.push(
      prompt({
        id: 'kidney-disease',
        kind: 'kidney-disease',
        title: t('clinical.prompt.kidney.title'),
        body: t('clinical.prompt.kidney.body'),
        reason: t('clinical.prompt.kidney.reason'),
        forDoctor: t('clinical.prompt.kidney.forDoctor'),
      }),
    )
  }
  if (health.malabsorption) {
    out.push(
      prompt({
        id: 'malabsorption',
        kind: 'malabsorption',
        title: t('clinical.prompt.malabsorption.title'),
        body: t('clinical.prompt.malabsorption.body'),
        reason: t('clinical.prompt.malabsorption.reason'),
        forDoctor: t('clinical.prompt.malabsorption.forDoctor'),
      }),
    )
  }
  return out
}
