// The weekly score: the app's own 0–10 check-in ratings summed up per week (average, worst night, change
// from the previous 4 weeks), plus weekly sleep averages. It is not the IRLS, which is licensed and never
// reproduced; WEEKLY_SCORE_NOTE says so wherever a score is shown.
import type { CheckIn } from './checkin.ts'
import { dateFromDayNumber } from './fields.ts'
import { nightNumber } from './history.ts'
import { onLocaleChange, t } from './i18n/index.ts'
import { sleepNumbers } from './sleep-diary.ts'

/** The note in the language in effect. */
export function weeklyScoreNote(): string {
  return t('weekly.note')
}

/**
 * The same note as a live binding that follows the language, for readers of the constant (summary-view.ts)
 * until they call weeklyScoreNote().
 */
export let WEEKLY_SCORE_NOTE = weeklyScoreNote()
onLocaleChange(() => {
  WEEKLY_SCORE_NOTE = weeklyScoreNote()
})

export interface WeekSummary {
  from: string
  to: string
  checkIns: number
  /** Averages to one decimal; null in a week without check-ins (or without diary times). */
  severity: number | null
  sleepQuality: number | null
  worst: { night: string; severity: number } | null
  /** Total sleep time in minutes and sleep efficiency in %, averaged over nights with diary times. */
  totalSleep: number | null
  efficiency: number | null
}

const round1 = (x: number) => Math.round(x * 10) / 10
const mean = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length)

/** `count` consecutive weeks ending with `lastNight`, oldest first. */
export function weeklySummaries(
  checkIns: Readonly<Record<string, CheckIn>>,
  lastNight: string,
  count: number,
): WeekSummary[] {
  if (!Number.isInteger(count) || count < 1 || count > 3000) {
    throw new RangeError(`count: expected a whole number from 1 to 3000, got ${count}`)
  }
  const last = nightNumber(lastNight, 'lastNight')
  const weeks: WeekSummary[] = []
  for (let w = count - 1; w >= 0; w--) {
    const end = last - w * 7
    const severities: number[] = []
    const sleep: number[] = []
    const tst: number[] = []
    const se: number[] = []
    let worst: WeekSummary['worst'] = null
    for (let day = end - 6; day <= end; day++) {
      const night = dateFromDayNumber(day)
      const c = checkIns[night]
      if (!c) continue
      severities.push(c.severity)
      sleep.push(c.sleepQuality)
      if (!worst || c.severity > worst.severity) worst = { night, severity: c.severity }
      const numbers = sleepNumbers(c.diary)
      if (numbers) {
        tst.push(numbers.totalSleep)
        se.push(numbers.efficiency)
      }
    }
    const avg = (xs: number[]) => {
      const m = mean(xs)
      return m === null ? null : round1(m)
    }
    const tstMean = mean(tst)
    const seMean = mean(se)
    weeks.push({
      from: dateFromDayNumber(end - 6),
      to: dateFromDayNumber(end),
      checkIns: severities.length,
      severity: avg(severities),
      sleepQuality: avg(sleep),
      worst,
      totalSleep: tstMean === null ? null : Math.round(tstMean),
      efficiency: seMean === null ? null : Math.round(seMean),
    })
  }
  return weeks
}

export interface WeeklyScore {
  week: WeekSummary
  /** Average severity over the 4 weeks before this one (their check-ins pooled); null without any. */
  previousAverage: number | null
  /** week.severity − previousAverage, one decimal; negative is better. */
  change: number | null
}

/** This week's score with the change from the 4 weeks before it. */
export function weeklyScore(checkIns: Readonly<Record<string, CheckIn>>, lastNight: string): WeeklyScore {
  const last = nightNumber(lastNight, 'lastNight')
  const weeks = weeklySummaries(checkIns, lastNight, 5)
  const week = weeks.at(-1) as WeekSummary
  const pooled: number[] = []
  for (let day = last - 34; day <= last - 7; day++) {
    const c = checkIns[dateFromDayNumber(day)]
    if (c) pooled.push(c.severity)
  }
  const prev = mean(pooled)
  const previousAverage = prev === null ? null : round1(prev)
  const change =
    week.severity === null || previousAverage === null ? null : round1(week.severity - previousAverage)
  return { week, previousAverage, change }
}
