// The doctor prompt of the augmentation watch. With a dopamine-type medicine on the treatment log it names
// the pattern (augmentation) and sends the person to the prescriber; without one it is a softer note that
// symptoms are changing. It says what it saw, with dates, and never suggests changing or stopping a medicine.
import {
  type AugmentationSigns,
  augmentationSigns,
  dayMinutesToClock,
  lastCheckInNight,
} from './augmentation.ts'
import type { CheckIn } from './checkin.ts'
import { REST_BUCKETS, REST_LABELS } from './checkin.ts'
import { dayNumber } from './fields.ts'
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

const restLabel = (median: number) => REST_LABELS[REST_BUCKETS[Math.floor(median)] ?? 'under15'].toLowerCase()

/** What the watch saw, one plain sentence per sign, with the windows' dates. */
export function augmentationFindings(signs: AugmentationSigns): string[] {
  const out: string[] = []
  const o = signs.earlierOnset
  if (o && o.latest.onsetMedian !== null && o.before.onsetMedian !== null) {
    out.push(
      `Symptoms started around ${dayMinutesToClock(o.latest.onsetMedian)} (median) from ${o.latest.from} to ${o.latest.to}, ` +
        `${formatMinutes(o.minutes)} earlier than around ${dayMinutesToClock(o.before.onsetMedian)} from ${o.before.from} to ${o.before.to}.`,
    )
  }
  if (signs.spread) {
    out.push(
      `Symptoms reached the arms or trunk on ${signs.spread.nights.length} nights: ${signs.spread.nights.join(', ')}.`,
    )
  }
  const r = signs.shorterRest
  if (r && r.latest.restMedian !== null && r.before.restMedian !== null) {
    out.push(
      `Time still before symptoms was ${restLabel(r.latest.restMedian)} (median) from ${r.latest.from} to ${r.latest.to}, ` +
        `down from ${restLabel(r.before.restMedian)} from ${r.before.from} to ${r.before.to}.`,
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
  const latest = signs.windows.at(-1)
  const onLog = latest ? dopamineOnLog(medicines, latest.from, latest.to) : []
  const findings = augmentationFindings(signs).join(' ')
  const period = periodOf(lastNight)
  if (onLog.length > 0) {
    const names = onLog.map((m) => `"${m.name}"`).join(' and ')
    return [
      {
        id: `augmentation:${period}`,
        kind: 'augmentation',
        title: 'Ask your prescriber to look at how your symptoms are changing',
        body:
          'Symptoms that start earlier, come on sooner at rest or spread to the arms or trunk while taking a ' +
          'dopamine-type medicine are a pattern called augmentation. It needs your prescriber’s view. ' +
          'Do not change or stop the medicine on your own.',
        reason: `${findings} ${names} is a dopamine-type medicine on your treatment log.`,
        basedOn: lastNight,
        forDoctor: `Possible augmentation on ${onLog.map((m) => m.name).join(' and ')}, in the check-ins up to ${lastNight}.`,
        dismissible: true,
      },
    ]
  }
  return [
    {
      id: `symptoms-changing:${period}`,
      kind: 'symptoms-changing',
      title: 'Your symptoms are changing',
      body: 'Your check-ins show your symptoms changing over the last weeks. It is worth mentioning at your next doctor’s visit.',
      reason: findings,
      basedOn: lastNight,
      forDoctor: `The patient's symptoms are changing, in the check-ins up to ${lastNight} (no dopamine-type medicine on the treatment log).`,
      dismissible: true,
    },
  ]
}
