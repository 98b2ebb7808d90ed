// Doctor prompts: calm, dismissible banners that suggest a conversation with a doctor and say why they
// appeared. They never recommend a prescription drug or a dose; the medication prompt only repeats the
// name the person typed into their own list.
import { augmentationPrompts } from './augmentation-prompt.ts'
import type { CheckIn } from './checkin.ts'
import { describeInput } from './errors.ts'
import { DATE_EXPECTED, daysBetween, isRealDate } from './fields.ts'
import { type LabEntry, latestLab } from './labs.ts'
import type { MedicineEntry } from './medicines.ts'
import { matchMedicine } from './watchlist.ts'

export const SEVERE = 7
export const SEVERE_RUN = 3
export const FERRITIN_STILL_LOW = 25
export const FERRITIN_TARGET = 75
export const IRON_MIN_DAYS = 90
export const RECENT_CHECK_INS = 14
export const RECENT_MIN_CHECK_INS = 7

export type PromptKind =
  | 'pregnancy'
  | 'kidney-disease'
  | 'severe-nights'
  | 'ferritin-low-on-iron'
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
  /** "Why this appeared", in plain words. */
  reason: string
  dismissible: true
}

export interface PromptInput {
  /** Night → check-in. */
  checkIns: Readonly<Record<string, CheckIn>>
  health: { pregnant: boolean; kidneyDisease: boolean }
  labs: readonly LabEntry[]
  /** Date iron was started (see ironStartDate in medicines.ts); null or absent when no iron is logged. */
  ironStartedOn?: string | null
  /** The person's medicine list: an entry on the watch list (not caffeine, alcohol or nicotine) is a suspected cause. */
  medicines?: readonly MedicineEntry[]
  /** Prompt ids the person dismissed. */
  dismissed?: Iterable<string>
}

const prompt = (p: Omit<DoctorPrompt, 'dismissible'>): DoctorPrompt => ({ ...p, dismissible: true })

/** The prompts that apply now, in a fixed order, without the dismissed ones. */
export function doctorPrompts(input: PromptInput): DoctorPrompt[] {
  if (input.ironStartedOn != null && !isRealDate(input.ironStartedOn)) {
    throw new RangeError(`ironStartedOn: ${DATE_EXPECTED}, got ${describeInput(input.ironStartedOn)}`)
  }
  const dismissed = new Set(input.dismissed ?? [])
  const nights = Object.keys(input.checkIns).sort()
  const severities = nights.map((n) => input.checkIns[n]?.severity ?? 0)
  const out: DoctorPrompt[] = []

  if (input.health.pregnant) {
    out.push(
      prompt({
        id: 'pregnancy',
        kind: 'pregnancy',
        title: 'Talk to your doctor or midwife about restless legs',
        body: 'Restless legs are common in pregnancy. Your doctor or midwife can check your iron and talk through what is safe for you.',
        reason: 'You noted in settings that you are pregnant.',
      }),
    )
  }
  if (input.health.kidneyDisease) {
    out.push(
      prompt({
        id: 'kidney-disease',
        kind: 'kidney-disease',
        title: 'Mention your restless legs to your kidney team',
        body: 'Restless legs are common with kidney disease, and the right approach depends on your kidney care. Your doctor can advise.',
        reason: 'You noted kidney disease in settings.',
      }),
    )
  }

  // The trailing run of severe check-ins; its first night names it, so a dismissal lasts until the run ends.
  let runStart = severities.length
  while (runStart > 0 && (severities[runStart - 1] ?? 0) >= SEVERE) runStart--
  const runLength = severities.length - runStart
  if (runLength >= SEVERE_RUN) {
    const first = nights[runStart] ?? ''
    out.push(
      prompt({
        id: `severe-nights:${first}`,
        kind: 'severe-nights',
        title: 'Your nights have been hard. A doctor can help',
        body: 'When restless legs keep you from sleeping night after night, it is worth seeing a doctor rather than waiting it out.',
        reason: `Your last ${runLength} check-ins rated symptoms ${SEVERE} or more out of 10.`,
      }),
    )
  }

  const ferritin = latestLab(input.labs, 'ferritin')
  if (ferritin && input.ironStartedOn != null) {
    const days = daysBetween(input.ironStartedOn, ferritin.date)
    if (ferritin.value < FERRITIN_STILL_LOW && days >= IRON_MIN_DAYS) {
      out.push(
        prompt({
          id: `ferritin-low-on-iron:${ferritin.date}`,
          kind: 'ferritin-low-on-iron',
          title: 'Ask your doctor about your iron',
          body: 'Iron taken by mouth has not raised your ferritin much. Ask your doctor whether IV iron, or a check for absorption problems such as celiac disease, makes sense.',
          reason: `Your ferritin was ${ferritin.value} ng/mL on ${ferritin.date}, ${days} days after you started iron on ${input.ironStartedOn}.`,
        }),
      )
    }
  }

  const recent = severities.slice(-RECENT_CHECK_INS)
  const mean = recent.length ? recent.reduce((a, b) => a + b, 0) / recent.length : 0
  if (
    ferritin &&
    ferritin.value >= FERRITIN_TARGET &&
    recent.length >= RECENT_MIN_CHECK_INS &&
    mean >= SEVERE
  ) {
    out.push(
      prompt({
        id: `discuss-treatment:${ferritin.date}`,
        kind: 'discuss-treatment',
        title: 'Time to discuss treatment with your doctor',
        body: 'Your iron is in the target range and your symptoms are still strong. That makes treatment a conversation worth having with your doctor.',
        reason: `Your ferritin was ${ferritin.value} ng/mL on ${ferritin.date}, and your last ${recent.length} check-ins averaged ${(Math.round(mean * 10) / 10).toFixed(1)} out of 10.`,
      }),
    )
  }

  for (const entry of input.medicines ?? []) {
    const groups = [
      ...new Set(
        matchMedicine(entry.name)
          .filter((m) => m.level === 'watch' && m.group !== 'lifestyle')
          .map((m) => m.groupLabel.toLowerCase()),
      ),
    ]
    if (groups.length === 0) continue
    out.push(
      prompt({
        id: `medication:${entry.id.toLowerCase()}`,
        kind: 'medication',
        title: 'Ask your prescriber whether a medicine could be adding to your symptoms',
        body: 'Some medicines make restless legs worse in some people. Your prescriber can tell you whether it matters for you. Do not stop a prescription medicine on your own.',
        reason: `"${entry.name}" on your medicine list is a ${groups.join(' and ')}, which is on the watch list.`,
      }),
    )
  }

  out.push(...augmentationPrompts(input.checkIns, input.medicines ?? []))
  return out.filter((p) => !dismissed.has(p.id))
}
