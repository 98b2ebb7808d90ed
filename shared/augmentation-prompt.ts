// The doctor prompt of the augmentation watch. With a dopamine-type medicine on the treatment log it names
// the pattern (augmentation) and sends the person to the prescriber; without one it is a softer note that
// symptoms are changing. It says what it saw, with dates, and never suggests changing or stopping a medicine.
import {
  type AugmentationSigns,
  type AugmentationWindow,
  augmentationSigns,
  dayMinutesToClock,
  lastCheckInNight,
} from './augmentation.ts'
import type { CheckIn } from './checkin.ts'
import { REST_BUCKETS } from './checkin.ts'
import { dayNumber } from './fields.ts'
import { formatLongDate as day, formatList, formatTime, t } from './i18n/index.ts'
import type { MedicineEntry } from './medicines.ts'
import type { DoctorPrompt } from './prompts.ts'
import { isDopamineType } from './rls-treatments.ts'

/** Dopamine-type entries on the treatment log that were being taken at some point in the window. */
export function dopamineOnLog(
  medicines: readonly MedicineEntry[],
  from: string,
  to: string,
): MedicineEntry[] {
  return medicines.filter(
    (m) =>
      m.rls !== undefined &&
      isDopamineType(m.name) &&
      (m.startedOn === undefined || m.startedOn <= to) &&
      (m.rls.stoppedOn === undefined || m.rls.stoppedOn >= from),
  )
}

export function formatMinutes(minutes: number): string {
  const rounded = Math.round(minutes)
  const h = Math.floor(rounded / 60)
  const m = rounded % 60
  return h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`
}

/** The rest-time bucket of a median, worded to sit inside a sentence (lower case only where the language has it). */
// Stryker disable next-line StringLiteral: a median of bucket indexes is always one of them; the fallback only satisfies the types.
const restLabel = (median: number) => t(`clinical.aug.rest.${REST_BUCKETS[Math.floor(median)] ?? 'under15'}`)

/** What the watch saw, one plain sentence per sign, with the windows' dates. */
export function augmentationFindings(signs: AugmentationSigns): string[] {
  const out: string[] = []
  const o = signs.earlierOnset
  if (
    o &&
    // Stryker disable ConditionalExpression: a shift is only found between two windows that both have a median.
    o.latest.onsetMedian !== null &&
    o.before.onsetMedian !== null
    // Stryker restore ConditionalExpression
  ) {
    out.push(
      t('clinical.aug.earlierOnset', {
        latestClock: formatTime(dayMinutesToClock(o.latest.onsetMedian)),
        latestFrom: day(o.latest.from),
        latestTo: day(o.latest.to),
        earlier: formatMinutes(o.minutes),
        beforeClock: formatTime(dayMinutesToClock(o.before.onsetMedian)),
        beforeFrom: day(o.before.from),
        beforeTo: day(o.before.to),
      }),
    )
  }
  if (signs.spread) {
    const { nights } = signs.spread
    out.push(t('clinical.aug.spread', { count: nights.length, nights: formatList(nights.map(day)) }))
  }
  const r = signs.shorterRest
  if (
    r &&
    // Stryker disable ConditionalExpression: a shift is only found between two windows that both have a median.
    r.latest.restMedian !== null &&
    r.before.restMedian !== null
    // Stryker restore ConditionalExpression
  ) {
    out.push(
      t('clinical.aug.shorterRest', {
        latestRest: restLabel(r.latest.restMedian),
        latestFrom: day(r.latest.from),
        latestTo: day(r.latest.to),
        beforeRest: restLabel(r.before.restMedian),
        beforeFrom: day(r.before.from),
        beforeTo: day(r.before.to),
      }),
    )
  }
  return out
}

/** Dismissing the prompt lasts for the current 4-week period; if the pattern is still there, it returns. */
function periodOf(night: string): number {
  return Math.floor(dayNumber(night) / 28)
}

export function augmentationPrompts(
  checkIns: Readonly<Record<string, CheckIn>>,
  medicines: readonly MedicineEntry[],
): DoctorPrompt[] {
  const lastNight = lastCheckInNight(checkIns)
  if (lastNight === null) return []
  const signs = augmentationSigns(checkIns, lastNight)
  if (!signs.any) return []
  // There is always a latest window: the look-back ends on the last check-in.
  const latest = signs.windows.at(-1) as AugmentationWindow
  const onLog = dopamineOnLog(medicines, latest.from, latest.to)
  const findings = augmentationFindings(signs).join(' ')
  const period = periodOf(lastNight)
  if (onLog.length > 0) {
    const names = onLog.map((m) => m.name)
    return [
      {
        id: `augmentation:${period}`,
        kind: 'augmentation',
        title: t('clinical.aug.prompt.title'),
        body: t('clinical.aug.prompt.body'),
        reason: t('clinical.aug.prompt.reason', {
          findings,
          count: names.length,
          names: formatList(names.map((name) => t('clinical.quoted', { name }))),
        }),
        basedOn: lastNight,
        forDoctor: t('clinical.aug.prompt.forDoctor', { names: formatList(names), last: day(lastNight) }),
        dismissible: true,
      },
    ]
  }
  return [
    {
      id: `symptoms-changing:${period}`,
      kind: 'symptoms-changing',
      title: t('clinical.aug.changing.title'),
      body: t('clinical.aug.changing.body'),
      reason: findings,
      basedOn: lastNight,
      forDoctor: t('clinical.aug.changing.forDoctor', { last: day(lastNight) }),
      dismissible: true,
    },
  ]
}
