// Doctor prompts: calm, dismissible banners that suggest a conversation with a doctor and say why they
// appeared and which date they rest on. They never recommend a prescription drug or a dose; the medication
// prompt only repeats the name the person typed into their own list. Each also has a line for the doctor
// summary, written about the patient.
import { augmentationPrompts } from './augmentation-prompt.ts'
import type { CheckIn } from './checkin.ts'
import { describeInput } from './errors.ts'
import { DATE_EXPECTED, isRealDate } from './fields.ts'
import {
  atLeastMonthsApart,
  FERRITIN_HIGH_ABOVE,
  ironStatus,
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
  const dismissed = new Set(input.dismissed ?? [])
  const out: DoctorPrompt[] = [...flagPrompts(input.health)]

  const run = severeRun(input.checkIns)
  if (run && !olderThanDays(run.last, today, CHECK_IN_MAX_AGE_DAYS)) {
    out.push(
      prompt({
        id: `severe-nights:${run.first}`,
        kind: 'severe-nights',
        title: 'Your nights have been hard. A doctor can help',
        body: 'When restless legs keep you from sleeping night after night, it is worth seeing a doctor rather than waiting it out.',
        reason: `Your last ${run.count} check-ins, ${run.first} to ${run.last}, rated symptoms ${SEVERE} or more out of 10.`,
        basedOn: run.last,
        forDoctor: `The patient rated symptoms ${SEVERE} or more out of 10 on ${run.count} check-ins in a row, ${run.first} to ${run.last}.`,
      }),
    )
  }

  const iron = ironStatus(input.labs)
  const ferritin = iron?.ferritin
  const labFresh = ferritin !== undefined && !olderThanMonths(ferritin.date, today, LAB_MAX_AGE_MONTHS)
  if (ferritin && labFresh && input.ironStartedOn != null) {
    const start = input.ironStartedOn
    if (ferritin.value < FERRITIN_STILL_LOW && atLeastMonthsApart(start, ferritin.date)) {
      out.push(
        prompt({
          id: `ferritin-low-on-iron:${ferritin.date}`,
          kind: 'ferritin-low-on-iron',
          title: 'Ask your doctor about your iron',
          body: 'Iron taken by mouth has not raised your ferritin much. Ask your doctor whether IV iron, or a check for absorption problems such as coeliac disease, makes sense.',
          reason: `Your ferritin was ${ferritin.value} ng/mL on ${ferritin.date}, 3 months or more after you started iron on ${start}.`,
          basedOn: ferritin.date,
          forDoctor: `Ferritin ${ferritin.value} ng/mL on ${ferritin.date}, after oral iron since ${start} (3 months or more).`,
        }),
      )
    }
  }

  if (iron?.state === 'high' && labFresh && (input.takingIron || input.ironStartedOn != null)) {
    const values = [
      `ferritin ${iron.ferritin.value} ng/mL on ${iron.ferritin.date}`,
      ...(iron.tsat ? [`TSAT ${iron.tsat.value} % on ${iron.tsat.date}`] : []),
    ].join(', ')
    const basedOn = iron.tsat && iron.tsat.date > iron.ferritin.date ? iron.tsat.date : iron.ferritin.date
    out.push(
      prompt({
        id: `iron-high:${basedOn}`,
        kind: 'iron-high',
        title: 'Ask your doctor before continuing iron',
        body: 'Your latest result is above the usual range for people taking iron. Too much iron is harmful too, so check with your doctor before you carry on. A high ferritin can also come from inflammation.',
        reason: `Your ${values}, while iron is on your list (above ${FERRITIN_HIGH_ABOVE} ng/mL or ${TSAT_HIGH_ABOVE} % is the point to ask).`,
        basedOn,
        forDoctor: `Possible iron excess while taking oral iron: ${values}.`,
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
    const mean = recent.mean.toFixed(1)
    const tsat = iron.tsat ? ` and TSAT ${iron.tsat.value} %` : ''
    out.push(
      prompt({
        id: `discuss-treatment:${ferritin.date}`,
        kind: 'discuss-treatment',
        title: 'Time to discuss treatment with your doctor',
        body: 'Your iron is in the target range, you have kept up the evening routine, and your symptoms are still strong. That makes treatment a conversation worth having with your doctor.',
        reason:
          `Your ferritin was ${ferritin.value} ng/mL${tsat} on ${ferritin.date}; your last ${recent.count} check-ins ` +
          `(${recent.first} to ${recent.last}) averaged ${mean} out of 10, with ${adherence.percent} % of planned evening steps done.`,
        basedOn: recent.last,
        forDoctor:
          `Symptoms still strong (average ${mean}/10 over ${recent.count} check-ins to ${recent.last}) with ferritin ` +
          `${ferritin.value} ng/mL${tsat} on ${ferritin.date} and ${adherence.percent} % of the evening routine done.`,
      }),
    )
  }

  for (const entry of input.medicines ?? []) {
    const groups = [
      ...new Set(
        matchMedicine(entry.name)
          .filter((m) => m.level === 'watch' && m.group !== 'lifestyle')
          .map((m) => m.groupLabel),
      ),
    ]
    if (groups.length === 0) continue
    out.push(
      prompt({
        id: `medication:${entry.id.toLowerCase()}`,
        kind: 'medication',
        title: 'Ask your prescriber or pharmacist whether a medicine could be adding to your symptoms',
        body: 'Some medicines can make restless legs worse in some people. Your prescriber or pharmacist can tell you whether it matters for you. Do not stop a prescription medicine on your own.',
        reason: `"${entry.name}" on your medicine list is ${groups.join(' and ')}, which is on the watch list.`,
        forDoctor: `"${entry.name}" on the patient’s list is ${groups.join(' and ')}, which can worsen RLS in some people.`,
      }),
    )
  }

  // Like every prompt resting on check-ins, the pattern expires when the check-ins stop.
  const changing = augmentationPrompts(input.checkIns, input.medicines ?? [])
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
        title: 'Talk to your doctor or midwife about restless legs',
        body: 'Restless legs are common in pregnancy. Your doctor or midwife can check your iron and talk through what is safe for you.',
        reason: 'You noted in settings that you are pregnant.',
        forDoctor: 'The patient noted a pregnancy.',
      }),
    )
  }
  if (health.kidneyDisease) {
    out.push(
      prompt({
        id: 'kidney-disease',
        kind: 'kidney-disease',
        title: 'Mention your restless legs to your kidney team',
        body: 'Restless legs are common with kidney disease, and the right approach depends on your kidney care. Your doctor can advise.',
        reason: 'You noted kidney disease in settings.',
        forDoctor: 'The patient noted kidney disease.',
      }),
    )
  }
  if (health.malabsorption) {
    out.push(
      prompt({
        id: 'malabsorption',
        kind: 'malabsorption',
        title: 'Ask your doctor whether iron by mouth is enough for you',
        body: 'Coeliac disease, inflammatory bowel disease and weight-loss surgery can keep iron taken by mouth from being absorbed. Ask your doctor whether IV iron makes sense for you.',
        reason:
          'You noted in settings a condition that affects absorption (coeliac disease, IBD or bariatric surgery).',
        forDoctor:
          'The patient noted a malabsorption condition (coeliac disease, IBD or bariatric surgery); IV iron may be worth considering.',
      }),
    )
  }
  return out
}
